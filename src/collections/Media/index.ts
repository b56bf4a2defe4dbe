import type { CollectionConfig } from 'payload'

import { staffField, staffOnly } from '@/access/roles'
import { setCreatedBy } from '@/hooks/set-created-by'
import { reindexForMedia } from '@/search/sync/hooks'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from '@/site/cache/hooks'

import { changeMedia, readMedia } from './access'
import { guardPayloadFileHeaders } from './file-headers'
import { applyCaptionPrefix } from './hooks/caption-prefix'
import { defaultAlt } from './hooks/default-alt'
import { guardPublicMediaChange, guardPublicMediaDelete } from './hooks/guard-public-media'
import { processUpload, writeProcessedFiles } from './hooks/process-upload'
import { refreshArticleCredits } from './hooks/refresh-article-credits'
import { validateUpload } from './hooks/validate-upload'
import { IMAGE_SIZES, ORIGINAL_BOUND } from './image-sizes'
import { ALLOWED_MIME_TYPES, MAX_IMAGE_PIXELS, mediaDir } from './limits'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Ảnh, tệp', plural: 'Thư viện ảnh, tệp' },
  admin: {
    group: 'Nội dung',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'caption', 'credit'],
  },
  access: { read: readMedia, create: staffOnly, update: changeMedia, delete: changeMedia },
  hooks: {
    beforeOperation: [validateUpload, processUpload],
    beforeValidate: [applyCaptionPrefix, defaultAlt],
    beforeChange: [setCreatedBy, guardPublicMediaChange, writeProcessedFiles],
    beforeDelete: [guardPublicMediaDelete],
    afterChange: [reindexForMedia, refreshArticleCredits, revalidateMediaAfterChange],
    afterDelete: [revalidateMediaAfterDelete],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...ALLOWED_MIME_TYPES],
    focalPoint: true,
    // New photos are processed by hooks/process-upload.ts (one decode) and reach Payload without
    // a file; that hook refuses a create that has none. Payload's own pipeline below still serves
    // replaced files and focal-point or crop edits in the admin, with the same settings.
    filesRequiredOnCreate: false,
    // Setting resizeOptions makes Payload re-encode the original through sharp, which drops
    // EXIF/GPS while .rotate() bakes the orientation into the pixels.
    resizeOptions: ORIGINAL_BOUND,
    constructorOptions: { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS },
    imageSizes: IMAGE_SIZES,
    adminThumbnail: 'thumbnail',
    // Express serves media before Payload (src/server/media-files.ts); this covers Payload's own
    // file route wherever it answers (no Express in front): detected type, nosniff, sandbox.
    modifyResponseHeaders: guardPayloadFileHeaders,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Mô tả ảnh (alt)',
      validate: (
        value: string | null | undefined,
        { data }: { data: Partial<{ mimeType: string }> },
      ) =>
        !data?.mimeType?.startsWith('image/') ||
        Boolean(value?.trim()) ||
        'Ảnh cần có mô tả (alt) cho người khiếm thị.',
    },
    {
      // Create only, mostly from bulk upload's "Edit many": prefixed to every photo's caption.
      name: 'captionPrefix',
      type: 'text',
      label: 'Tiền tố chú thích (áp dụng cho mọi ảnh khi tải nhiều ảnh)',
      virtual: true,
      admin: {
        // Payload makes virtual fields read-only in the admin unless told otherwise.
        readOnly: false,
        condition: (data) => !data?.id,
        description: 'Ví dụ: "Hội nghị sơ kết 6 tháng đầu năm:". Chú thích riêng từng ảnh sửa sau.',
      },
    },
    { name: 'caption', type: 'textarea', label: 'Chú thích ảnh' },
    {
      // From EXIF DateTimeOriginal, read before the metadata is stripped (hooks/process-upload.ts).
      name: 'takenAt',
      type: 'date',
      label: 'Thời điểm chụp',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: 'Lấy từ dữ liệu EXIF của ảnh khi tải lên.',
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: 'Tác giả ảnh',
      admin: { description: 'Hiển thị "Ảnh: <tên>"' },
    },
    {
      // Kept by article and settings hooks (./public-use): the public reads only these media.
      name: 'publicUse',
      type: 'checkbox',
      label: 'Đang dùng công khai',
      defaultValue: false,
      index: true,
      access: { update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Bài đã xuất bản hoặc cấu hình cổng đang dùng; chỉ biên tập viên được sửa.',
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: 'Người tải lên',
      access: { read: staffField, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

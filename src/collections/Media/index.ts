import type { CollectionConfig, ImageSize } from 'payload'

import { staffField, staffOnly } from '@/access/roles'
import { setCreatedBy } from '@/hooks/set-created-by'
import { reindexForMedia } from '@/search/sync/hooks'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from '@/site/cache/hooks'

import { changeMedia, readMedia } from './access'
import { guardPayloadFileHeaders } from './file-headers'
import { defaultAlt } from './hooks/default-alt'
import { guardPublicMediaChange, guardPublicMediaDelete } from './hooks/guard-public-media'
import { refreshArticleCredits } from './hooks/refresh-article-credits'
import { validateUpload } from './hooks/validate-upload'
import { ALLOWED_MIME_TYPES, MAX_IMAGE_PIXELS, mediaDir } from './limits'

const webp = { format: 'webp' as const, options: { quality: 78 } }

const sizes: ImageSize[] = [
  // Fixed-ratio crops are always produced (enlarging a rare small photo) so card grids and
  // social previews keep their shape; width-only sizes never upscale and fall back to the
  // original dimensions instead of being omitted.
  { name: 'thumbnail', width: 320, height: 180, withoutEnlargement: false, formatOptions: webp },
  { name: 'card', width: 640, height: 360, withoutEnlargement: false, formatOptions: webp },
  { name: 'article', width: 1024, withoutEnlargement: true, formatOptions: webp },
  { name: 'full', width: 1920, withoutEnlargement: true, formatOptions: webp },
  { name: 'og', width: 1200, height: 630, withoutEnlargement: false, formatOptions: webp },
]

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
    beforeOperation: [validateUpload],
    beforeValidate: [defaultAlt],
    beforeChange: [setCreatedBy, guardPublicMediaChange],
    beforeDelete: [guardPublicMediaDelete],
    afterChange: [reindexForMedia, refreshArticleCredits, revalidateMediaAfterChange],
    afterDelete: [revalidateMediaAfterDelete],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...ALLOWED_MIME_TYPES],
    focalPoint: true,
    // Setting resizeOptions makes Payload re-encode the original through sharp, which drops
    // EXIF/GPS while .rotate() bakes the orientation into the pixels.
    resizeOptions: { width: 3200, height: 3200, fit: 'inside', withoutEnlargement: true },
    constructorOptions: { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS },
    imageSizes: sizes,
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
    { name: 'caption', type: 'textarea', label: 'Chú thích ảnh' },
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

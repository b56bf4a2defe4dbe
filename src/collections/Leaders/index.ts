import type { CollectionConfig } from 'payload'

import { editorialDraftsAccess, publishedOnlyForReaders } from '@/access/published'
import { publishOneLocale } from '@/hooks/publish-one-locale'
import { requireVietnamese } from '@/hooks/require-vietnamese'
import { slugFromField } from '@/hooks/slug-from-field'
import {
  markDraftSave,
  revalidatePublishedAfterChange,
  revalidatePublishedAfterDelete,
} from '@/site/cache/published-hooks'

import {
  rememberStoredPhoto,
  syncPhotoAfterChange,
  syncPhotoAfterDelete,
} from './hooks/sync-photo-public-use'

/**
 * The body's leaders (Lãnh đạo): who chairs the entries of the work schedule, each with a
 * calendar feed at /lich-cong-tac/<slug>.ics. Drafts and versions like articles; readers see
 * published leaders only. The leader-list block of the standing pages (Lãnh đạo Đảng ủy Khối)
 * reads the same records; a portrait becomes public while a published page shows its leader.
 * Position and biography have an English version for the English pages (issue 12 §2); the
 * name and term read the same in both languages.
 */
export const Leaders: CollectionConfig<'leaders'> = {
  slug: 'leaders',
  labels: { singular: 'Lãnh đạo', plural: 'Lãnh đạo' },
  admin: {
    useAsTitle: 'name',
    group: 'Tổ chức',
    defaultColumns: ['name', 'position', 'order', '_status'],
  },
  defaultSort: 'order',
  access: editorialDraftsAccess,
  versions: { maxPerDoc: 20, drafts: true },
  hooks: {
    beforeOperation: [publishedOnlyForReaders(), publishOneLocale(), markDraftSave()],
    beforeValidate: [slugFromField('name')],
    beforeChange: [
      requireVietnamese('leaders', [{ name: 'position', label: 'Chức vụ' }]),
      rememberStoredPhoto,
    ],
    afterChange: [syncPhotoAfterChange, revalidatePublishedAfterChange],
    afterDelete: [syncPhotoAfterDelete, revalidatePublishedAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: 'Họ và tên', maxLength: 120 },
    {
      name: 'position',
      type: 'text',
      required: true,
      localized: true,
      label: 'Chức vụ',
      maxLength: 200,
      admin: { placeholder: 'Bí thư Đảng ủy Khối' },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: 'Ảnh chân dung' },
    {
      name: 'term',
      type: 'text',
      label: 'Nhiệm kỳ',
      maxLength: 60,
      admin: { placeholder: '2025–2030' },
    },
    {
      name: 'order',
      type: 'number',
      label: 'Thứ tự',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Số nhỏ đứng trước' },
    },
    { name: 'biography', type: 'richText', localized: true, label: 'Tiểu sử' },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: 'Đường dẫn (slug)',
      admin: { position: 'sidebar', description: 'Để trống để tạo tự động từ họ tên' },
    },
  ],
}

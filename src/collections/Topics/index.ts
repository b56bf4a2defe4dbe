import type { CollectionConfig } from 'payload'

import { slugFromField } from '@/hooks/slug-from-field'
import {
  markDraftSave,
  revalidatePublishedAfterChange,
  revalidatePublishedAfterDelete,
} from '@/site/cache/published-hooks'

import { topicsAccess, topicsReadersSeePublished } from './access'
import { syncBannerAfterChange, syncBannerAfterDelete } from './hooks/sync-banner-public-use'

/**
 * Topics (chuyên đề, dòng sự kiện): a standing collection of articles around one event or
 * campaign, at /chuyen-de/<slug>. Its articles are the editor's hand-picked list plus every
 * published article carrying one of the rule's tags. Drafts and versions like articles;
 * featured topics show as a strip on the home page.
 */
export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: { singular: 'Chuyên đề', plural: 'Chuyên đề' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['title', 'featured', 'order', '_status', 'updatedAt'],
    description: 'Chuyên đề gom bài theo danh sách chọn tay và/hoặc theo từ khóa.',
  },
  defaultSort: 'order',
  access: topicsAccess,
  versions: { maxPerDoc: 20, drafts: true },
  hooks: {
    beforeOperation: [topicsReadersSeePublished, markDraftSave()],
    beforeValidate: [slugFromField('title')],
    afterChange: [syncBannerAfterChange, revalidatePublishedAfterChange],
    afterDelete: [syncBannerAfterDelete, revalidatePublishedAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: 'Tên chuyên đề', maxLength: 200 },
    { name: 'description', type: 'textarea', label: 'Mô tả', maxLength: 1000 },
    {
      name: 'banner',
      type: 'upload',
      relationTo: 'media',
      label: 'Ảnh banner',
      admin: { description: 'Ảnh ngang; nhớ điền mô tả ảnh (alt) cho người khiếm thị.' },
    },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: 'Bài viết chọn tay',
      admin: { description: 'Kéo để sắp xếp. Trang chuyên đề hiện bài mới nhất trước.' },
    },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      label: 'Quy tắc theo từ khóa',
      admin: {
        description: 'Mọi bài đã xuất bản mang một trong các từ khóa này cũng thuộc chuyên đề.',
      },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: 'Đường dẫn (slug)',
      admin: { position: 'sidebar', description: 'Để trống để tạo tự động từ tên chuyên đề' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      label: 'Nổi bật trên trang chủ',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      label: 'Thứ tự',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Số nhỏ đứng trước trên dải chuyên đề' },
    },
  ],
}

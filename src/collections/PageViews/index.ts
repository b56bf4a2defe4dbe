import type { CollectionConfig } from 'payload'

import { editorsOnly } from '@/access/roles'

import { exportViewsCsvEndpoint } from './export-endpoint'

export const PAGE_VIEWS_SLUG = 'page-views'

/**
 * Readership counters: one row per (Vietnam day, page path) with the number of views. Nothing
 * about a reader is stored (no address, agent, cookie or time of day). Rows are written only by
 * the server's view counter with an atomic increment (src/site/readership/store.ts), never by
 * people: nobody may create, change or delete them through the API or the admin.
 */
export const PageViews: CollectionConfig<'page-views'> = {
  slug: PAGE_VIEWS_SLUG,
  labels: { singular: 'Lượt xem trang', plural: 'Lượt xem trang' },
  admin: {
    group: 'Thống kê',
    useAsTitle: 'path',
    defaultColumns: ['day', 'path', 'kind', 'views'],
    description: 'Số lượt xem mỗi trang theo ngày (giờ Việt Nam). Xem biểu đồ ở mục Thống kê.',
  },
  access: {
    read: editorsOnly,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['day', 'path'], unique: true }],
  endpoints: [exportViewsCsvEndpoint],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: 'Ngày' },
    { name: 'path', type: 'text', required: true, label: 'Đường dẫn' },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: 'Loại trang',
      options: [
        { value: 'home', label: 'Trang chủ' },
        { value: 'article', label: 'Bài viết' },
        { value: 'category', label: 'Chuyên mục' },
        { value: 'other', label: 'Trang khác' },
      ],
    },
    { name: 'key', type: 'text', label: 'Mã (slug)' },
    { name: 'views', type: 'number', required: true, defaultValue: 0, label: 'Lượt xem' },
  ],
}

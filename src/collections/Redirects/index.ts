import type { CollectionConfig } from 'payload'

import { editorsOnly } from '@/access/roles'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/cache/hooks'

import { isValidTarget, normalizeRedirectPath } from './normalize-path'
import { refuseRedirectLoops } from './refuse-loops'

/** Old addresses (from a previous portal, a renamed slug) sent on to their new place. */
export const Redirects: CollectionConfig<'redirects'> = {
  slug: 'redirects',
  labels: { singular: 'Chuyển hướng', plural: 'Chuyển hướng' },
  admin: {
    useAsTitle: 'from',
    group: 'Hệ thống',
    defaultColumns: ['from', 'to', 'permanent', 'updatedAt'],
    description: 'Địa chỉ cũ được chuyển sang địa chỉ mới trước khi báo "Không tìm thấy trang".',
  },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeValidate: [
      ({ data }) =>
        data && typeof data.from === 'string'
          ? { ...data, from: normalizeRedirectPath(data.from) }
          : data,
    ],
    beforeChange: [refuseRedirectLoops],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: 'Từ địa chỉ',
      admin: { description: 'Đường dẫn cũ, ví dụ /tin-tuc/bai-cu.html' },
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' &&
          value.startsWith('/') &&
          !value.startsWith('/admin') &&
          !value.startsWith('/api/')) ||
        'Đường dẫn phải bắt đầu bằng "/" và không thuộc /admin hoặc /api.',
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      label: 'Đến địa chỉ',
      admin: { description: 'Đường dẫn trên cổng (/bai-viet/…) hoặc địa chỉ đầy đủ https://…' },
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && isValidTarget(value)) ||
        'Nhập đường dẫn bắt đầu bằng "/" hoặc địa chỉ http(s)://',
    },
    {
      name: 'permanent',
      type: 'checkbox',
      label: 'Chuyển hướng vĩnh viễn (301)',
      defaultValue: true,
      admin: { description: 'Bỏ chọn để chuyển hướng tạm thời (302).' },
    },
  ],
}

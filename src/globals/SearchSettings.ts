import type { GlobalConfig } from 'payload'

import { anyone, editorsOnly } from '@/access/roles'
import { applySearchSettings } from '@/search/settings'

/**
 * Editor-maintained search vocabulary, merged over the analyzer's built-in lists: synonyms and
 * abbreviations (UBND ↔ Ủy ban nhân dân), stop words, and common misspellings.
 */
export const SearchSettingsGlobal: GlobalConfig<'search-settings'> = {
  slug: 'search-settings',
  label: 'Cấu hình tìm kiếm',
  admin: { group: 'Hệ thống' },
  access: { read: anyone, update: editorsOnly },
  hooks: { afterChange: [applySearchSettings] },
  fields: [
    {
      name: 'synonyms',
      type: 'array',
      label: 'Từ đồng nghĩa, viết tắt',
      labels: { singular: 'Nhóm', plural: 'Nhóm' },
      admin: {
        description:
          'Mỗi nhóm là các cách viết tương đương, cách nhau bởi dấu phẩy. Ví dụ: UBND, Ủy ban nhân dân',
      },
      fields: [{ name: 'terms', type: 'text', required: true, label: 'Các cách viết' }],
    },
    {
      name: 'stopWords',
      type: 'textarea',
      label: 'Từ dừng (bỏ qua khi tìm)',
      admin: { description: 'Mỗi từ một dòng hoặc cách nhau bởi dấu phẩy' },
    },
    {
      name: 'misspellings',
      type: 'array',
      label: 'Lỗi chính tả thường gặp',
      labels: { singular: 'Lỗi', plural: 'Lỗi' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'wrong', type: 'text', required: true, label: 'Viết sai' },
            { name: 'right', type: 'text', required: true, label: 'Viết đúng' },
          ],
        },
      ],
    },
  ],
}

import type { Field } from 'payload'

import { DOCUMENT_TYPES } from '@/collections/Articles/document-types'
import { menuUrlError, NAV_KINDS, type NavKind } from '@/site/navigation/resolve'

/**
 * The fields of one menu item: a label and what it points to. Shared by the header's and the
 * footer's items and their sub-items; `label` stays a plain text field so it can be localised.
 */
const KIND_LABELS: Record<NavKind, string> = {
  category: 'Chuyên mục',
  page: 'Trang giới thiệu',
  documents: 'Thư viện văn bản (có thể lọc)',
  schedule: 'Lịch công tác',
  external: 'Liên kết ngoài',
}

const when =
  (kind: NavKind) =>
  (_: unknown, sibling: { kind?: string } | undefined): boolean =>
    sibling?.kind === kind

export function navItemFields(): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'label',
          type: 'text',
          label: 'Nhãn',
          maxLength: 80,
          admin: { description: 'Để trống: dùng tên chuyên mục, trang hoặc tên mặc định.' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'category',
          label: 'Trỏ đến',
          options: NAV_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
        },
      ],
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      label: 'Chuyên mục',
      admin: { condition: when('category') },
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      label: 'Trang',
      admin: { condition: when('page') },
    },
    {
      type: 'row',
      admin: { condition: when('documents') },
      fields: [
        {
          name: 'docType',
          type: 'select',
          label: 'Loại văn bản',
          options: DOCUMENT_TYPES.map((t) => ({ value: t.value, label: t.label })),
        },
        { name: 'docIssuer', type: 'text', label: 'Cơ quan ban hành', maxLength: 200 },
        { name: 'docYear', type: 'number', label: 'Năm', min: 1945, max: 2100 },
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: 'Địa chỉ',
      maxLength: 500,
      admin: { condition: when('external'), placeholder: 'https://…' },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: unknown }) =>
        (siblingData as { kind?: string })?.kind !== 'external' || (menuUrlError(value) ?? true),
    },
  ]
}

import type { Field } from 'payload'

import { editorsField } from '@/access/roles'
import { ROYALTY_ROLE_OPTIONS } from '@/royalties/roles'

const FILL_DESCRIPTION =
  'Đánh dấu rồi lưu để điền nhuận bút mặc định theo bảng nhuận bút: tác giả ở dòng tác giả và người chụp ở chú thích ảnh (tạo hồ sơ tác giả khi chưa có). Dòng đã có được giữ nguyên. Khi bài chuyển sang "Chờ duyệt đăng" mà chưa có dòng nào, hệ thống tự điền.'

type Sibling = { points?: number | null; amount?: number | null }

const given = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n)

/** A line is paid by points or by an amount, never both and never negative. */
function validateAmount(value: unknown, { siblingData }: { siblingData: unknown }) {
  const sibling = (siblingData ?? {}) as Sibling
  if (given(value) && (value as number) < 0) return 'Số tiền không được âm.'
  if (given(sibling.points) && (sibling.points as number) < 0) return 'Số điểm không được âm.'
  if (given(value) && given(sibling.points))
    return 'Chỉ nhập điểm hoặc số tiền cho một dòng, không nhập cả hai.'
  if (!given(value) && !given(sibling.points)) return 'Nhập điểm hoặc số tiền.'
  return true
}

/**
 * Royalty lines (nhuận bút, issue 11 §4) on an article, in their own tab. Editors, approvers and
 * admins read and write them; for everyone else (the public, reporters) field access removes
 * them from REST, GraphQL, the Local API without a user and the admin alike, and
 * hooks/hide-royalties.ts drops the empty key from public answers.
 */
export const royaltyTab = {
  label: 'Nhuận bút',
  description: 'Chỉ biên tập viên, lãnh đạo duyệt bài và quản trị viên thấy và sửa.',
  fields: [
    {
      // Not stored: a request to fill, read by hooks/fill-royalties.ts during the save.
      name: 'fillRoyalties',
      type: 'checkbox',
      virtual: true,
      label: 'Điền nhuận bút mặc định',
      access: { read: editorsField, create: editorsField, update: editorsField },
      admin: { description: FILL_DESCRIPTION },
    },
    {
      name: 'royalties',
      type: 'array',
      label: 'Nhuận bút',
      labels: { singular: 'Dòng nhuận bút', plural: 'Dòng nhuận bút' },
      access: { read: editorsField, create: editorsField, update: editorsField },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'person',
              type: 'relationship',
              relationTo: 'authors',
              required: true,
              label: 'Người hưởng',
            },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'writing',
              label: 'Vai trò',
              options: ROYALTY_ROLE_OPTIONS,
            },
            { name: 'points', type: 'number', label: 'Điểm', admin: { step: 0.5 } },
            {
              name: 'amount',
              type: 'number',
              label: 'Số tiền (đồng)',
              validate: validateAmount,
            },
          ],
        },
        { name: 'note', type: 'text', label: 'Ghi chú', maxLength: 300 },
      ],
    },
  ] satisfies Field[],
}

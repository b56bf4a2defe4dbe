import type { Field } from 'payload'

import { staffField } from '@/access/roles'

import { STAGE_OPTIONS } from './stages'

const never = () => false
/** A duplicate is a new piece: it starts in "Đang viết" with no trail of the original. */
const fresh =
  <T>(value: T) =>
  () =>
    value

/**
 * The article's editorial stage and its trail. `stage` and `stageReason` are what clients send
 * (a move is a PATCH of `stage`); the rest is written only by hooks/apply-stage.ts, refused from
 * clients by field access and rebuilt by the hook from the stored article on every save. None of
 * it is public.
 */
export const stageFields: Field[] = [
  {
    name: 'stage',
    type: 'select',
    label: 'Giai đoạn',
    defaultValue: 'writing',
    index: true,
    options: STAGE_OPTIONS,
    access: { read: staffField },
    hooks: { beforeDuplicate: [fresh('writing')] },
    admin: {
      position: 'sidebar',
      description:
        'Tác giả gửi bài sang "Chờ biên tập"; biên tập viên chuyển "Chờ duyệt đăng" hoặc trả lại; lãnh đạo duyệt bài xuất bản, trả lại hoặc gỡ bài.',
      // Offers only the moves this person may make on this article (stage-choices-endpoint.ts).
      components: { Field: '@/components/admin/StageField#StageField' },
    },
  },
  {
    name: 'stageReason',
    type: 'textarea',
    label: 'Lý do (trả lại, gỡ bài)',
    access: { read: staffField },
    hooks: { beforeDuplicate: [fresh(null)] },
    admin: {
      position: 'sidebar',
      description: 'Bắt buộc khi trả lại hoặc gỡ bài; được lưu vào lịch sử xử lý.',
    },
  },
  {
    name: 'returnedTo',
    type: 'relationship',
    relationTo: 'users',
    label: 'Trả lại cho',
    access: { read: staffField, create: never, update: never },
    hooks: { beforeDuplicate: [fresh(null)] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => data?.stage === 'returned',
    },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: 'Người sửa cuối',
    index: true,
    access: { read: staffField, create: never, update: never },
    hooks: { beforeDuplicate: [fresh(null)] },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'stageHistory',
    type: 'array',
    label: 'Lịch sử xử lý',
    labels: { singular: 'Lượt chuyển', plural: 'Lượt chuyển' },
    access: { read: staffField, create: never, update: never },
    hooks: { beforeDuplicate: [fresh([])] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      initCollapsed: true,
      components: { Field: '@/components/admin/StageHistory#StageHistory' },
    },
    fields: [
      { name: 'by', type: 'relationship', relationTo: 'users', label: 'Người chuyển' },
      { name: 'at', type: 'date', label: 'Thời điểm' },
      { name: 'from', type: 'select', label: 'Từ', options: STAGE_OPTIONS },
      { name: 'to', type: 'select', label: 'Sang', options: STAGE_OPTIONS },
      { name: 'reason', type: 'text', label: 'Lý do' },
    ],
  },
]

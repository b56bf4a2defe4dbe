/**
 * What comments and questions share: the moderation statuses with their Vietnamese labels, the
 * fields every reader submission has (name, private contact, address hash, who moderated), and
 * the hook that stamps who changed the status and when.
 */
import type { CollectionBeforeChangeHook, Field } from 'payload'

import { adminsField, editorsField } from '@/access/roles'

export const MODERATION_FIELDS_NOTE =
  'Thông tin liên hệ và mã địa chỉ IP chỉ dành cho biên tập viên, không bao giờ công khai.'

export const statusField = (published: { value: string; label: string }): Field => ({
  name: 'status',
  type: 'select',
  required: true,
  defaultValue: 'pending',
  index: true,
  label: 'Trạng thái',
  options: [
    { value: 'pending', label: 'Chờ duyệt' },
    published,
    { value: 'rejected', label: 'Từ chối' },
    { value: 'spam', label: 'Thư rác' },
  ],
  admin: { position: 'sidebar' },
})

export const readerFields: Field[] = [
  { name: 'name', type: 'text', required: true, label: 'Họ và tên', maxLength: 80 },
  {
    name: 'contact',
    type: 'text',
    required: true,
    label: 'Thư điện tử / điện thoại (không công khai)',
    maxLength: 120,
    access: { read: editorsField },
  },
]

export const moderationFields: Field[] = [
  {
    // HMAC of the sender's address (key from PAYLOAD_SECRET): tells a flood from one source
    // apart without keeping the address itself.
    name: 'ipHash',
    type: 'text',
    label: 'Mã địa chỉ gửi (đã băm)',
    index: true,
    access: { read: adminsField, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'moderatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: 'Người duyệt',
    access: { read: editorsField, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'moderatedAt',
    type: 'date',
    label: 'Thời điểm duyệt',
    access: { update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  },
]

/** Whoever changes the status (one row or a bulk edit) is recorded with the time. */
export const stampModeration: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (operation !== 'update' || !('status' in data)) return data
  if (data.status === originalDoc?.status) return data
  return {
    ...data,
    moderatedBy: req.user?.collection === 'users' ? req.user.id : null,
    moderatedAt: new Date().toISOString(),
  }
}

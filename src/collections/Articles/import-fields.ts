import type { Field } from 'payload'

import { staffField } from '@/access/roles'

/**
 * Where an article came from when `cms import` created it. The importer keys on these so a
 * re-run updates or skips instead of duplicating; only that trusted CLI (overrideAccess) writes
 * them, so the API and the admin form cannot fake or break the link.
 */
export const importFields: Field = {
  name: 'import',
  type: 'group',
  label: 'Nguồn nhập',
  access: { read: staffField, create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) =>
      Boolean((data as { import?: { sourcePath?: string | null } })?.import?.sourcePath),
  },
  fields: [
    { name: 'sourcePath', type: 'text', label: 'Tệp nguồn', index: true },
    { name: 'fingerprint', type: 'text', label: 'Dấu vân nội dung', index: true },
    {
      name: 'digest',
      type: 'text',
      label: 'Mã kiểm tra bản nhập',
      admin: { description: 'Thay đổi khi tệp nguồn (kể cả chú thích, ngày, ảnh) thay đổi' },
    },
  ],
}

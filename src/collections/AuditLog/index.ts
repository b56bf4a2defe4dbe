import type { CollectionConfig } from 'payload'

import { nobody, readAudit } from './access'
import { AUDIT_ACTION_OPTIONS } from './actions'
import { exportCsvEndpoint } from './export-endpoint'
import { refuseAuditChange, refuseAuditDelete } from './hooks/append-only'
import { AUDIT_SLUG } from './record'

/**
 * The append-only audit trail (issue 11 §3): who did what to which document, when and from
 * where. Written only by `recordAudit` (record.ts) from hooks; read by admins in the admin
 * (filters by person, document and date) and as CSV (export-endpoint.ts); pruned only by the
 * retention job (retention.ts).
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: AUDIT_SLUG,
  labels: { singular: 'Nhật ký hệ thống', plural: 'Nhật ký hệ thống' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'summary',
    defaultColumns: [
      'at',
      'action',
      'actorEmail',
      'collectionSlug',
      'documentTitle',
      'ip',
      'summary',
    ],
    listSearchableFields: ['actorEmail', 'documentTitle', 'documentId', 'summary'],
    description:
      'Chỉ ghi thêm: không ai sửa hay xóa được, kể cả quản trị viên. Lọc theo người, tài liệu, ngày bằng nút "Lọc".',
    components: { beforeListTable: ['@/collections/AuditLog/ExportLink#ExportLink'] },
    disableCopyToLocale: true,
  },
  defaultSort: '-at',
  lockDocuments: false,
  access: { read: readAudit, create: nobody, update: nobody, delete: nobody },
  endpoints: [exportCsvEndpoint],
  hooks: { beforeChange: [refuseAuditChange], beforeDelete: [refuseAuditDelete] },
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: 'Thời điểm',
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: 'Hành động',
      options: AUDIT_ACTION_OPTIONS,
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: 'Người thực hiện',
    },
    {
      // Kept as text so the entry still names the person after their account is deleted.
      name: 'actorEmail',
      type: 'text',
      index: true,
      label: 'Email người thực hiện',
    },
    { name: 'collectionSlug', type: 'text', index: true, label: 'Loại dữ liệu' },
    { name: 'documentId', type: 'text', index: true, label: 'Mã tài liệu' },
    { name: 'documentTitle', type: 'text', label: 'Tên tài liệu' },
    { name: 'ip', type: 'text', label: 'Địa chỉ IP' },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt thay đổi' },
  ],
}

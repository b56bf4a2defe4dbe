import type { Field } from 'payload'

import { DOCUMENT_TYPES } from './document-types'

/** Metadata of official documents (Kết luận, Nghị quyết …), shown only for kind = document. */
export const documentFields: Field = {
  name: 'document',
  type: 'group',
  label: 'Thông tin văn bản',
  admin: { condition: (data) => data?.kind === 'document' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          label: 'Số ký hiệu',
          admin: { placeholder: '12-NQ/ĐUK' },
          index: true,
        },
        {
          name: 'type',
          type: 'select',
          label: 'Loại văn bản',
          options: DOCUMENT_TYPES.map(({ label, value }) => ({ label, value })),
        },
      ],
    },
    { name: 'issuingBody', type: 'text', label: 'Cơ quan ban hành' },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedAt',
          type: 'date',
          label: 'Ngày ban hành',
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'effectiveAt',
          type: 'date',
          label: 'Ngày hiệu lực',
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signer', type: 'text', label: 'Người ký' },
        {
          name: 'signerCapacity',
          type: 'text',
          label: 'Thẩm quyền ký',
          admin: { placeholder: 'T/M BAN CHẤP HÀNH' },
        },
        {
          name: 'signerTitle',
          type: 'text',
          label: 'Chức vụ người ký',
          admin: { placeholder: 'BÍ THƯ' },
        },
      ],
    },
    {
      name: 'recipients',
      type: 'array',
      label: 'Nơi nhận',
      labels: { singular: 'Nơi nhận', plural: 'Nơi nhận' },
      fields: [{ name: 'name', type: 'text', required: true, label: 'Nơi nhận' }],
    },
    {
      name: 'attachment',
      type: 'upload',
      relationTo: 'media',
      label: 'Tệp văn bản (PDF)',
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
  ],
}

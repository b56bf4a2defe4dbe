import type { Block } from 'payload'

/** The body's address, telephone, e-mail, fax and office hours, from the site settings. */
export const contactBlock: Block = {
  slug: 'contact',
  interfaceName: 'ContactBlock',
  labels: { singular: 'Thông tin liên hệ', plural: 'Thông tin liên hệ' },
  fields: [
    { name: 'heading', type: 'text', label: 'Tiêu đề mục (không bắt buộc)', maxLength: 200 },
    {
      name: 'note',
      type: 'textarea',
      label: 'Ghi chú thêm',
      maxLength: 1000,
      admin: { description: 'Địa chỉ, điện thoại… lấy từ Cấu hình cổng thông tin → Liên hệ.' },
    },
  ],
}

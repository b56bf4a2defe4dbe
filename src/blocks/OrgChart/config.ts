import type { Block } from 'payload'

/** The organisation chart, drawn from the `units` collection and each unit's parent. */
export const orgChartBlock: Block = {
  slug: 'orgChart',
  interfaceName: 'OrgChartBlock',
  labels: { singular: 'Sơ đồ tổ chức', plural: 'Sơ đồ tổ chức' },
  fields: [
    { name: 'heading', type: 'text', label: 'Tiêu đề mục (không bắt buộc)', maxLength: 200 },
    {
      name: 'rootUnit',
      type: 'relationship',
      relationTo: 'units',
      label: 'Bắt đầu từ đơn vị',
      admin: { description: 'Để trống: toàn bộ sơ đồ, từ các đơn vị cấp cao nhất.' },
    },
    {
      name: 'showDetails',
      type: 'checkbox',
      label: 'Hiện người đứng đầu và liên hệ',
      defaultValue: true,
    },
  ],
}

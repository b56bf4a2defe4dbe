import type { Block } from 'payload'

/**
 * The body's leaders ("Lãnh đạo Đảng ủy Khối") from the `leaders` collection: the picked ones in
 * the picked order, or every published leader by their order when none is picked.
 */
export const leaderListBlock: Block = {
  slug: 'leaderList',
  interfaceName: 'LeaderListBlock',
  labels: { singular: 'Danh sách lãnh đạo', plural: 'Danh sách lãnh đạo' },
  fields: [
    { name: 'heading', type: 'text', label: 'Tiêu đề mục (không bắt buộc)', maxLength: 200 },
    {
      name: 'leaders',
      type: 'relationship',
      relationTo: 'leaders',
      hasMany: true,
      label: 'Lãnh đạo',
      admin: { description: 'Để trống: mọi lãnh đạo đã xuất bản, theo thứ tự của họ.' },
    },
    {
      name: 'showBiography',
      type: 'checkbox',
      label: 'Hiện tiểu sử',
      defaultValue: true,
    },
  ],
}

import type { Block } from 'payload'

/** A photo inside the body. Empty caption/credit fall back to the media record's when rendered. */
export const photoBlock: Block = {
  slug: 'photo',
  interfaceName: 'PhotoBlock',
  labels: { singular: 'Ảnh', plural: 'Ảnh' },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', label: 'Ảnh' },
    { name: 'caption', type: 'textarea', label: 'Chú thích (để trống: dùng chú thích của ảnh)' },
    { name: 'credit', type: 'text', label: 'Tác giả ảnh (hiển thị "Ảnh: …")' },
    {
      name: 'size',
      type: 'select',
      label: 'Khổ hiển thị',
      defaultValue: 'article',
      options: [
        { label: 'Theo khổ bài', value: 'article' },
        { label: 'Toàn màn hình', value: 'full' },
      ],
    },
  ],
}

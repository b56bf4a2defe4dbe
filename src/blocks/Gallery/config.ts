import type { Block } from 'payload'

export const galleryBlock: Block = {
  slug: 'gallery',
  interfaceName: 'GalleryBlock',
  labels: { singular: 'Bộ ảnh', plural: 'Bộ ảnh' },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề bộ ảnh' },
    {
      name: 'images',
      type: 'array',
      label: 'Ảnh',
      minRows: 1,
      labels: { singular: 'Ảnh', plural: 'Ảnh' },
      fields: [
        { name: 'media', type: 'upload', relationTo: 'media', required: true, label: 'Ảnh' },
        { name: 'caption', type: 'textarea', label: 'Chú thích' },
        { name: 'credit', type: 'text', label: 'Tác giả ảnh' },
      ],
    },
  ],
}

import type { Block } from 'payload'

/** Links a body paragraph to an official document published as its own article. */
export const documentReferenceBlock: Block = {
  slug: 'documentReference',
  interfaceName: 'DocumentReferenceBlock',
  labels: { singular: 'Trích dẫn văn bản', plural: 'Trích dẫn văn bản' },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      label: 'Văn bản',
      filterOptions: { kind: { equals: 'document' } },
    },
    { name: 'note', type: 'textarea', label: 'Ghi chú' },
  ],
}

import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '@/access/roles'
import { refuseDeleteInUse } from '@/hooks/refuse-delete-in-use'
import { slugFromField } from '@/hooks/slug-from-field'
import { reindexForCategory } from '@/search/sync/hooks'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/cache/hooks'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  labels: { singular: 'Chuyên mục', plural: 'Chuyên mục' },
  admin: { useAsTitle: 'title', group: 'Nội dung', defaultColumns: ['title', 'parent', 'order'] },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  defaultSort: 'order',
  hooks: {
    beforeValidate: [slugFromField('title')],
    beforeDelete: [
      refuseDeleteInUse({
        noun: 'chuyên mục',
        articleField: 'categories',
        others: async (req, id) => {
          const { totalDocs } = await req.payload.count({
            collection: 'categories',
            where: { parent: { equals: id } },
            overrideAccess: true,
            req,
          })
          return totalDocs > 0 ? [`${totalDocs} chuyên mục con`] : []
        },
      }),
    ],
    afterChange: [reindexForCategory, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: 'Tên chuyên mục' },
    { name: 'slug', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      label: 'Chuyên mục cha',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'description', type: 'textarea', label: 'Mô tả' },
    { name: 'order', type: 'number', label: 'Thứ tự', defaultValue: 100 },
    { name: 'showOnHome', type: 'checkbox', label: 'Hiện trên trang chủ', defaultValue: true },
  ],
}

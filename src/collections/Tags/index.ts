import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly, staffOnly } from '@/access/roles'
import { slugFromField } from '@/hooks/slug-from-field'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/cache/hooks'

export const Tags: CollectionConfig<'tags'> = {
  slug: 'tags',
  labels: { singular: 'Từ khóa', plural: 'Từ khóa' },
  admin: { useAsTitle: 'name', group: 'Nội dung' },
  access: { read: anyone, create: staffOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeValidate: [slugFromField('name')],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: 'Từ khóa' },
    { name: 'slug', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
  ],
}

import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly, staffOnly } from '@/access/roles'
import { slugFromField } from '@/hooks/slug-from-field'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/cache/hooks'
import { reindexForAuthor } from '@/search/sync/hooks'

/** Bylines. An author need not be a user: most bylines belong to people without an account. */
export const Authors: CollectionConfig<'authors'> = {
  slug: 'authors',
  labels: { singular: 'Tác giả', plural: 'Tác giả' },
  admin: { useAsTitle: 'name', group: 'Nội dung', defaultColumns: ['name', 'unit'] },
  access: { read: anyone, create: staffOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeValidate: [slugFromField('name')],
    afterChange: [reindexForAuthor, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: 'Tên hiển thị', index: true },
    { name: 'unit', type: 'text', label: 'Đơn vị công tác' },
    { name: 'slug', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: 'Ảnh chân dung' },
    { name: 'bio', type: 'textarea', label: 'Giới thiệu' },
  ],
}

import type { CollectionConfig } from 'payload'

/** Its page and the pages that link to it (src/site/cache/targets.ts). */
const tagPages = taxonomyHooks('the')

import { publicUseField, readStaffOrPublicUse } from '@/access/public-use'
import { editorsOnly } from '@/access/roles'
import { refuseDeleteInUse } from '@/hooks/refuse-delete-in-use'
import { slugFromField } from '@/hooks/slug-from-field'
import { taxonomyHooks } from '@/site/cache/hooks'

export const Tags: CollectionConfig<'tags'> = {
  slug: 'tags',
  labels: { singular: 'Từ khóa', plural: 'Từ khóa' },
  admin: { useAsTitle: 'name', group: 'Nội dung' },
  // Reporters pick existing tags; a new one (which gets a public page) is an editor's decision.
  // The public reads only tags a published article uses (as their pages and sitemap entries).
  access: {
    read: readStaffOrPublicUse,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  hooks: {
    beforeValidate: [slugFromField('name')],
    beforeDelete: [
      refuseDeleteInUse({ noun: 'từ khóa', articleField: 'tags', mergeCommand: 'merge-tags' }),
    ],
    afterChange: [tagPages.afterChange],
    afterDelete: [tagPages.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: 'Từ khóa' },
    { name: 'slug', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
    publicUseField('Một bài đã xuất bản đang dùng từ khóa này; do hệ thống tự cập nhật.'),
  ],
}

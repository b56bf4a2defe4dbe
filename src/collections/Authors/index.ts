import type { CollectionConfig } from 'payload'

import { publicUseField, readStaffOrPublicUse } from '@/access/public-use'
import { editorsOnly } from '@/access/roles'
import { refuseDeleteInUse } from '@/hooks/refuse-delete-in-use'
import { slugFromField } from '@/hooks/slug-from-field'
import { royaltyUses } from '@/royalties/author-uses'
import { reindexForAuthor } from '@/search/sync/hooks'
import { taxonomyHooks } from '@/site/cache/hooks'

/** Its page and the pages that link to it (src/site/cache/targets.ts). */
const authorPages = taxonomyHooks('tac-gia')

/** Bylines. An author need not be a user: most bylines belong to people without an account. */
export const Authors: CollectionConfig<'authors'> = {
  slug: 'authors',
  labels: { singular: 'Tác giả', plural: 'Tác giả' },
  admin: { useAsTitle: 'name', group: 'Nội dung', defaultColumns: ['name', 'unit'] },
  // Reporters pick existing bylines; a new author (with a public page) is an editor's decision.
  // The public reads only authors a published article credits (as their pages and sitemaps).
  access: {
    read: readStaffOrPublicUse,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  hooks: {
    beforeValidate: [slugFromField('name')],
    beforeDelete: [
      refuseDeleteInUse({
        noun: 'tác giả',
        articleField: 'authors',
        mergeCommand: 'merge-authors',
        others: async (req, id) => {
          const { totalDocs } = await req.payload.count({
            collection: 'users',
            where: { author: { equals: id } },
            overrideAccess: true,
            req,
          })
          const uses = totalDocs > 0 ? [`${totalDocs} tài khoản người dùng (bút danh)`] : []
          // A payee's royalty lines would lose their person (and the report its figures).
          const royalties = await royaltyUses(req, id)
          return royalties ? [...uses, royalties] : uses
        },
      }),
    ],
    afterChange: [reindexForAuthor, authorPages.afterChange],
    afterDelete: [authorPages.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: 'Tên hiển thị', index: true },
    {
      name: 'unit',
      type: 'text',
      label: 'Đơn vị công tác',
      admin: { description: 'Báo cáo nhuận bút tổng hợp theo đơn vị này.' },
    },
    { name: 'slug', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: 'Ảnh chân dung' },
    { name: 'bio', type: 'textarea', label: 'Giới thiệu' },
    publicUseField('Một bài đã xuất bản đang ghi tên tác giả này; do hệ thống tự cập nhật.'),
  ],
}

import type { CollectionConfig } from 'payload'

import { createNotes, ownNotes, readNotes } from './access'
import { checkNoteArticle } from './hooks/check-article'

export const EDITORIAL_NOTES_SLUG = 'editorial-notes'

/**
 * Internal notes on an article (ghi chú biên tập, issue 11 §2): a thread for staff, shown in the
 * article's edit view through its `editorialNotes` join field. Never public: the read rule
 * refuses anonymous callers on every API, the site and search never read this collection, and
 * the join field on articles is staff-only.
 */
export const EditorialNotes: CollectionConfig<'editorial-notes'> = {
  slug: EDITORIAL_NOTES_SLUG,
  labels: { singular: 'Ghi chú biên tập', plural: 'Ghi chú biên tập' },
  admin: {
    group: 'Nội dung',
    useAsTitle: 'text',
    defaultColumns: ['text', 'author', 'article', 'createdAt'],
    description: 'Trao đổi nội bộ về bài viết; không bao giờ hiển thị cho độc giả.',
    disableCopyToLocale: true,
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: { read: readNotes, create: createNotes, update: ownNotes, delete: ownNotes },
  hooks: { beforeChange: [checkNoteArticle] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: 'Bài viết',
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: 'Ghi chú',
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: 'Người ghi',
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

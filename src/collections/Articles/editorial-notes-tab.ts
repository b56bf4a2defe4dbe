import type { Tab } from 'payload'

import { staffField } from '@/access/roles'

/**
 * The article's internal notes (ghi chú biên tập) in its edit view: a join on the
 * `editorial-notes` collection, so the thread stays with the article while living in its own
 * staff-only collection. The field is read-only for staff and absent for everyone else (REST,
 * GraphQL, the site), and the notes' own read rule applies to what it lists.
 */
export const editorialNotesTab: Tab = {
  label: 'Ghi chú biên tập',
  description: 'Trao đổi nội bộ giữa phóng viên, biên tập viên và lãnh đạo; độc giả không thấy.',
  fields: [
    {
      name: 'editorialNotes',
      type: 'join',
      collection: 'editorial-notes',
      on: 'article',
      label: 'Ghi chú biên tập',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      maxDepth: 1,
      access: { read: staffField },
      admin: { defaultColumns: ['text', 'author', 'createdAt'] },
    },
  ],
}

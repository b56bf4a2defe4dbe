import type { CollectionConfig } from 'payload'

import { auditModeration } from '@/feedback/audit-moderation'
import { moderationFields, readerFields, stampModeration, statusField } from '@/feedback/moderation'
import { stripFormattingOf, stripFormattingOnRead } from '@/feedback/strip-formatting-hook'
import { revalidateDeletedWhenPublic, revalidateWhenPublic } from '@/site/cache/status-hooks'

import { moderateComments } from './access'

export const COMMENTS_SLUG = 'comments'

/** What a reader wrote: cleaned of invisible formatting on every save and read. */
const READER_TEXT = ['name', 'text'] as const

/**
 * Readers' comments on articles (ý kiến bạn đọc). Readers never write here through the API: the
 * plain HTML form posts to the Express route (src/feedback/route.ts), which checks the token,
 * honeypot, limits and banned words and creates the comment as `pending`. Only editors,
 * approvers and admins read and moderate (reporters and the public: nothing, over every API),
 * those limited to categories only on their categories' articles (access.ts);
 * the site shows approved comments through a query of its own that selects public fields only.
 */
export const Comments: CollectionConfig<'comments'> = {
  slug: COMMENTS_SLUG,
  labels: { singular: 'Ý kiến bạn đọc', plural: 'Ý kiến bạn đọc' },
  admin: {
    group: 'Bạn đọc',
    useAsTitle: 'name',
    defaultColumns: ['text', 'name', 'article', 'status', 'createdAt'],
    listSearchableFields: ['name', 'text'],
    description:
      'Ý kiến chỉ hiện trên trang sau khi được duyệt. Chọn nhiều dòng rồi bấm "Chỉnh sửa", chọn trường "Trạng thái" để đổi hàng loạt.',
  },
  defaultSort: '-createdAt',
  access: {
    read: moderateComments,
    create: () => false,
    update: moderateComments,
    delete: moderateComments,
  },
  hooks: {
    beforeValidate: [stripFormattingOf(READER_TEXT)],
    afterRead: [stripFormattingOnRead(READER_TEXT)],
    beforeChange: [stampModeration],
    afterChange: [auditModeration, revalidateWhenPublic('approved')],
    afterDelete: [revalidateDeletedWhenPublic('approved')],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: 'Bài viết',
    },
    ...readerFields,
    { name: 'text', type: 'textarea', required: true, label: 'Nội dung', maxLength: 2000 },
    statusField({ value: 'approved', label: 'Đã duyệt (hiện trên trang)' }),
    ...moderationFields,
  ],
}

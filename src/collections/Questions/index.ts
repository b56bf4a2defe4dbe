import type { CollectionConfig } from 'payload'

import { auditModeration } from '@/feedback/audit-moderation'
import { moderationFields, readerFields, stampModeration, statusField } from '@/feedback/moderation'
import { stripFormattingOf, stripFormattingOnRead } from '@/feedback/strip-formatting-hook'
import { revalidateDeletedWhenPublic, revalidateWhenPublic } from '@/site/cache/status-hooks'

import { moderateQuestions } from './access'
import { requireAnswer } from './hooks/require-answer'
import { indexQuestionAfterChange, indexQuestionAfterDelete } from './hooks/search-index'

export const QUESTIONS_SLUG = 'questions'

/** Readers' and answerers' text: cleaned of invisible formatting on every save and read. */
const READER_TEXT = ['name', 'topic', 'title', 'question', 'answer', 'answeredBy'] as const

/**
 * Readers' questions to the body (hỏi đáp), sent through the same kind of plain form as comments
 * (src/feedback/route.ts). The body picks some, writes the official answer and publishes them
 * (status `published`): they are listed at /hoi-dap, each at /hoi-dap/<id>, and indexed in the
 * site search (kind `question`). Everything else stays with editors who are not limited to
 * categories (access.ts): nothing here is readable by reporters or the public over any API.
 */
export const Questions: CollectionConfig<'questions'> = {
  slug: QUESTIONS_SLUG,
  labels: { singular: 'Câu hỏi bạn đọc', plural: 'Hỏi đáp' },
  admin: {
    group: 'Bạn đọc',
    useAsTitle: 'question',
    defaultColumns: ['question', 'name', 'topic', 'status', 'answeredAt', 'createdAt'],
    listSearchableFields: ['name', 'question', 'answer'],
    description:
      'Câu hỏi chỉ công khai khi có câu trả lời chính thức và trạng thái "Đã trả lời (công khai)".',
  },
  defaultSort: '-createdAt',
  access: {
    read: moderateQuestions,
    create: () => false,
    update: moderateQuestions,
    delete: moderateQuestions,
  },
  hooks: {
    beforeValidate: [stripFormattingOf(READER_TEXT)],
    afterRead: [stripFormattingOnRead(READER_TEXT)],
    beforeChange: [stampModeration, requireAnswer],
    afterChange: [auditModeration, revalidateWhenPublic('published'), indexQuestionAfterChange],
    afterDelete: [revalidateDeletedWhenPublic('published'), indexQuestionAfterDelete],
  },
  fields: [
    ...readerFields,
    { name: 'topic', type: 'text', label: 'Lĩnh vực', maxLength: 100 },
    {
      name: 'title',
      type: 'text',
      label: 'Tiêu đề hiển thị',
      maxLength: 200,
      admin: { description: 'Để trống: dùng phần đầu câu hỏi.' },
    },
    { name: 'question', type: 'textarea', required: true, label: 'Câu hỏi', maxLength: 4000 },
    statusField({ value: 'published', label: 'Đã trả lời (công khai)' }),
    {
      name: 'answer',
      type: 'textarea',
      label: 'Trả lời chính thức',
      maxLength: 20000,
      admin: { description: 'Mỗi đoạn cách nhau một dòng trống.' },
    },
    {
      name: 'answeredBy',
      type: 'text',
      label: 'Đơn vị / người trả lời',
      maxLength: 200,
      admin: { placeholder: 'Văn phòng Đảng ủy Khối' },
    },
    {
      name: 'answeredAt',
      type: 'date',
      index: true,
      label: 'Ngày trả lời',
      admin: {
        description: 'Để trống: lấy thời điểm công khai.',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
    ...moderationFields,
  ],
}

import type { CollectionConfig } from 'payload'

import { editorialDraftsAccess, publishedOnlyForReaders } from '@/access/published'
import { staffField } from '@/access/roles'
import {
  revalidateScheduleAfterChange,
  revalidateScheduleAfterDelete,
} from '@/site/cache/published-hooks'
import { isTime, SESSION_OPTIONS } from '@/site/schedule/sessions'

import { normalizeEntry } from './hooks/normalize-entry'

/**
 * The leaders' weekly work schedule (Lịch công tác), shown at /lich-cong-tac and in the
 * calendar feeds. Editors and admins enter and publish it (draft → published, like articles);
 * reporters read it, drafts included; readers see published entries only, through every API.
 */
export const ScheduleEntries: CollectionConfig<'schedule-entries'> = {
  slug: 'schedule-entries',
  labels: { singular: 'Lịch công tác', plural: 'Lịch công tác' },
  admin: {
    useAsTitle: 'title',
    group: 'Nội dung',
    defaultColumns: ['date', 'session', 'startTime', 'content', 'chairedBy', '_status'],
    listSearchableFields: ['content', 'location', 'participants'],
    description: 'Mỗi mục là một công việc trong một buổi. Xuất bản để hiện trên /lich-cong-tac.',
  },
  defaultSort: '-date',
  access: editorialDraftsAccess,
  versions: { maxPerDoc: 20, drafts: true },
  hooks: {
    beforeOperation: [publishedOnlyForReaders()],
    beforeChange: [normalizeEntry],
    afterChange: [revalidateScheduleAfterChange],
    afterDelete: [revalidateScheduleAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: 'Ngày',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'session',
          type: 'select',
          required: true,
          defaultValue: 'sang',
          label: 'Buổi',
          options: SESSION_OPTIONS,
        },
        {
          name: 'startTime',
          type: 'text',
          label: 'Giờ bắt đầu',
          admin: { placeholder: '08:00', description: 'Dạng giờ:phút, 24 giờ (ví dụ 14:30)' },
          validate: (value: string | null | undefined) =>
            !value || isTime(value) || 'Giờ bắt đầu phải có dạng HH:mm, ví dụ 08:00 hoặc 14:30.',
        },
      ],
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      label: 'Nội dung công việc',
      maxLength: 2000,
    },
    {
      name: 'chairedBy',
      type: 'relationship',
      relationTo: 'leaders',
      label: 'Chủ trì',
      index: true,
    },
    {
      name: 'participants',
      type: 'textarea',
      label: 'Thành phần',
      maxLength: 1000,
    },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text', label: 'Địa điểm', maxLength: 300 },
        { name: 'preparingUnit', type: 'text', label: 'Đơn vị chuẩn bị', maxLength: 300 },
      ],
    },
    {
      // Internal: never on the site, in the feeds or in any public API.
      name: 'notes',
      type: 'textarea',
      label: 'Ghi chú nội bộ',
      access: { read: staffField },
      admin: { description: 'Chỉ cán bộ trong hệ thống xem được; không hiện ra trang công khai.' },
    },
    {
      // Written by a hook from the day, session and content; the admin lists entries by it.
      name: 'title',
      type: 'text',
      label: 'Tiêu đề',
      admin: { hidden: true },
    },
  ],
}

import type { GlobalConfig } from 'payload'

import { editorsOnly } from '@/access/roles'
import { revalidateGlobalAfterChange } from '@/site/cache/hooks'

/**
 * Settings of the readers' comments and questions, kept apart from the site settings so editors
 * (not only admins) can close comments site-wide and keep the banned-words list, and so the
 * list is never public (the site settings are). The submission route reads it with
 * overrideAccess.
 */
export const FeedbackSettings: GlobalConfig<'feedback-settings'> = {
  slug: 'feedback-settings',
  label: 'Cài đặt ý kiến bạn đọc',
  admin: { group: 'Bạn đọc' },
  access: { read: editorsOnly, update: editorsOnly },
  hooks: { afterChange: [revalidateGlobalAfterChange] },
  fields: [
    {
      name: 'commentsClosed',
      type: 'checkbox',
      label: 'Đóng ý kiến bạn đọc trên toàn trang',
      defaultValue: false,
    },
    {
      name: 'questionsClosed',
      type: 'checkbox',
      label: 'Tạm ngừng nhận câu hỏi (Hỏi đáp)',
      defaultValue: false,
    },
    {
      name: 'bannedWords',
      type: 'textarea',
      label: 'Từ ngữ bị cấm',
      admin: {
        description:
          'Mỗi dòng một từ hoặc cụm từ. So khớp nguyên từ, không phân biệt hoa thường và dấu ("lừa đảo" chặn cả "LUA DAO").',
      },
    },
    {
      name: 'maxLinks',
      type: 'number',
      label: 'Số đường liên kết tối đa trong một ý kiến',
      defaultValue: 2,
      min: 0,
      max: 20,
      // Not required: GraphQL would then demand it in every settings update; empty means 2.
    },
  ],
}

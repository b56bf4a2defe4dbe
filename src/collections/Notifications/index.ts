import type { CollectionConfig } from 'payload'

import { neverField, nobody, ownNotifications } from './access'

export const NOTIFICATIONS_SLUG = 'notifications'

/**
 * In-admin notices (issue 11 §2): a piece reached someone's queue ("Chờ biên tập" for the
 * category's editors, "Chờ duyệt đăng" for its approvers), was returned to them, or (for its
 * author) was published. Written by
 * notifications/notify-stage.ts after a stage move; the recipient reads them in the admin (the
 * unread count sits in the menu) and marks them read. Only `read` can be changed, by its owner.
 */
export const Notifications: CollectionConfig<'notifications'> = {
  slug: NOTIFICATIONS_SLUG,
  labels: { singular: 'Thông báo', plural: 'Thông báo' },
  admin: {
    group: 'Nội dung',
    useAsTitle: 'message',
    defaultColumns: ['message', 'article', 'read', 'createdAt'],
    description:
      'Bài vừa vào hàng chờ của bạn, vừa được trả lại cho bạn hoặc bài của bạn vừa được xuất bản.',
    disableCopyToLocale: true,
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  access: {
    read: ownNotifications,
    create: nobody,
    update: ownNotifications,
    delete: ownNotifications,
  },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: 'Người nhận',
      access: { update: neverField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: 'Loại',
      options: [
        { value: 'queue', label: 'Vào hàng chờ' },
        { value: 'returned', label: 'Bị trả lại' },
        { value: 'published', label: 'Đã xuất bản' },
      ],
      access: { update: neverField },
      admin: { readOnly: true },
    },
    {
      // Which queue a `queue` notice is for: who may still read it depends on it (./access.ts).
      name: 'queue',
      type: 'select',
      label: 'Hàng chờ',
      options: [
        { value: 'editing', label: 'Chờ biên tập' },
        { value: 'approval', label: 'Chờ duyệt đăng' },
      ],
      access: { update: neverField },
      admin: { readOnly: true, condition: (data) => data?.kind === 'queue' },
    },
    {
      name: 'message',
      type: 'text',
      required: true,
      label: 'Nội dung',
      access: { update: neverField },
      admin: { readOnly: true },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      label: 'Bài viết',
      access: { update: neverField },
      admin: { readOnly: true },
    },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: 'Đã đọc',
    },
  ],
}

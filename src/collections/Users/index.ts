import type { CollectionConfig } from 'payload'

import { adminsField, adminsOnly, ROLES } from '@/access/roles'

import { adminOrSelf } from './access'
import { dropNotifications } from './hooks/drop-notifications'
import { protectLastAdmin, protectLastAdminRole } from './hooks/protect-last-admin'
import { releaseLocksOnLogout } from './hooks/release-locks-on-logout'
import { clearLoginThrottle, throttleLogin } from './hooks/throttle-login'

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: 'Quản trị',
  approver: 'Lãnh đạo duyệt bài',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  admin: { useAsTitle: 'email', group: 'Hệ thống', defaultColumns: ['name', 'email', 'roles'] },
  auth: {
    // Logins are throttled per (account, address) by the hooks below. Payload's account lock
    // counts failures from anyone, so a low ceiling would let strangers lock real users out; it
    // stays only as a last resort against guessing from thousands of addresses (README, Logins).
    maxLoginAttempts: Number(process.env.LOGIN_MAX_ATTEMPTS || 1000),
    lockTime: Number(process.env.LOGIN_LOCK_MINUTES ?? 15) * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: adminOrSelf,
    create: adminsOnly,
    update: adminOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [throttleLogin],
    beforeChange: [protectLastAdminRole],
    afterLogin: [clearLoginThrottle],
    afterLogout: [releaseLocksOnLogout],
    beforeDelete: [protectLastAdmin, dropNotifications],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Họ và tên' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['reporter'],
      saveToJWT: true,
      label: 'Vai trò',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: adminsField, update: adminsField },
    },
    {
      // Per-category rights (README, Roles): empty means every category.
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: 'Chuyên mục được giao',
      admin: {
        description:
          'Biên tập viên, lãnh đạo duyệt bài chỉ thấy và xử lý bài thuộc các chuyên mục này (để trống: mọi chuyên mục).',
      },
      access: { create: adminsField, update: adminsField },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'authors',
      label: 'Bút danh (tác giả)',
    },
  ],
}

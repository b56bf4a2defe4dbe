import type { CollectionConfig } from 'payload'

import { adminsField, adminsOnly, ROLES } from '@/access/roles'

import { adminOrSelf } from './access'
import { protectLastAdmin, protectLastAdminRole } from './hooks/protectLastAdmin'

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: 'Quản trị',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  admin: { useAsTitle: 'email', group: 'Hệ thống', defaultColumns: ['name', 'email', 'roles'] },
  auth: {
    maxLoginAttempts: Number(process.env.LOGIN_MAX_ATTEMPTS ?? 5),
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
  hooks: { beforeChange: [protectLastAdminRole], beforeDelete: [protectLastAdmin] },
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
      name: 'author',
      type: 'relationship',
      relationTo: 'authors',
      label: 'Bút danh (tác giả)',
    },
  ],
}

import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type TestRole = 'admin' | 'approver' | 'editor' | 'reporter'

export async function createUser(
  payload: Payload,
  role: TestRole,
  suffix = '',
  extra: { roles?: TestRole[]; categories?: string[] } = {},
): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `${role}${suffix}@test.vn`,
      password: `Pw-${role}-123456`,
      roles: extra.roles ?? [role],
      categories: extra.categories,
      name: `${role}${suffix}`,
    },
    overrideAccess: true,
  })
}

export const passwordFor = (role: TestRole) => `Pw-${role}-123456`

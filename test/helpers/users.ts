import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type TestRole = 'admin' | 'editor' | 'reporter'

export async function createUser(payload: Payload, role: TestRole, suffix = ''): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `${role}${suffix}@test.vn`,
      password: `Pw-${role}-123456`,
      roles: [role],
      name: role,
    },
    overrideAccess: true,
  })
}

export const passwordFor = (role: TestRole) => `Pw-${role}-123456`

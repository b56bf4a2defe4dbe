import { headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { isStaff } from '@/access/roles'

import { payloadClient } from './data/client'

/** The signed-in staff member behind this request (Payload's auth cookie), if any. */
export async function previewUser(): Promise<TypedUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user) ? user : null
}

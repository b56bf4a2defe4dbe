import type { PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'

/** Relationship levels any API populates (REST `depth`, GraphQL nesting, rich-text `depth`). */
export const MAX_DEPTH = 2

const envInt = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/** Most documents one list request may return: API_MAX_LIMIT, or API_STAFF_MAX_LIMIT for staff. */
export const maxListLimit = (user: PayloadRequest['user']): number =>
  isStaff(user) ? envInt('API_STAFF_MAX_LIMIT', 500) : envInt('API_MAX_LIMIT', 100)

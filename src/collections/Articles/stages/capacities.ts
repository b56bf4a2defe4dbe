import type { PayloadRequest } from 'payload'

import { rolesOf } from '@/access/roles'

import { refId } from './ids'
import type { Capacity } from './transitions'

/** What the signed-in person is for this article: its author, the one it was returned to, roles. */
export function capacitiesOf(
  user: PayloadRequest['user'],
  article: { createdBy?: unknown; returnedTo?: unknown } | undefined,
  creating: boolean,
): Set<Capacity> {
  const capacities = new Set<Capacity>()
  if (!user) return capacities
  for (const role of rolesOf(user)) if (role !== 'reporter') capacities.add(role)
  const me = String(user.id)
  if (creating || refId(article?.createdBy) === me) capacities.add('author')
  if (refId(article?.returnedTo) === me) capacities.add('returnee')
  return capacities
}

import type { Payload, Where } from 'payload'

import type { Leader } from '@/payload-types'
import { type ScheduleRow, toRow } from '@/site/schedule/rows'

import { and, PUBLISHED } from './client'

/*
 * Reads for the work schedule. Every read runs with the reader's access (no user: published
 * entries and leaders only) and says "published" again in the query, so a draft can reach
 * neither the page nor a feed. Take a Payload instance so integration tests can call them on
 * their own database.
 */

/** More entries than any real week or feed window holds; the list is capped, never unbounded. */
const MAX_ENTRIES = 1000

export async function findScheduleRows(
  payload: Payload,
  range: { start: Date; end: Date; leaderId?: string },
): Promise<ScheduleRow[]> {
  const where: Where = and(
    PUBLISHED,
    { date: { greater_than_equal: range.start.toISOString() } },
    { date: { less_than: range.end.toISOString() } },
    range.leaderId ? { chairedBy: { equals: range.leaderId } } : null,
  )
  const { docs } = await payload.find({
    collection: 'schedule-entries',
    where,
    sort: 'date',
    limit: MAX_ENTRIES,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return docs.map(toRow)
}

export async function findPublishedLeader(payload: Payload, slug: string): Promise<Leader | null> {
  if (!slug) return null
  const { docs } = await payload.find({
    collection: 'leaders',
    where: and(PUBLISHED, { slug: { equals: slug } }),
    limit: 1,
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Published leaders in the editors' order, for the feed links under the schedule. */
export async function listPublishedLeaders(payload: Payload): Promise<Leader[]> {
  const { docs } = await payload.find({
    collection: 'leaders',
    where: PUBLISHED,
    sort: 'order',
    limit: 100,
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  return docs
}

import type { Payload } from 'payload'

import { queueOfNotice } from '@/notifications/queue-of-notice'

const PAGE = 200

/**
 * MongoDB's counterpart of the SQLite migration 20261130_100030_lock2: "queue" notices written
 * before the `queue` field existed get it from their wording, so that their recipients (who read
 * a queue notice only while they still work that queue, collections/Notifications/access.ts)
 * can read them again. Through the Local API, so it runs on any adapter; at start on MongoDB
 * (./backfill-on-mongo.ts). A notice whose wording names no queue is left as it is and logged.
 * Returns how many notices were filled.
 */
export async function backfillNoticeQueues(payload: Payload): Promise<number> {
  let filled = 0
  const unknown: string[] = []
  for (;;) {
    const { docs } = await payload.find({
      collection: 'notifications',
      where: {
        and: [
          { kind: { equals: 'queue' } },
          // Absent (older documents) or null, as adapters store an unset select.
          { or: [{ queue: { exists: false } }, { queue: { equals: null } }] },
          ...(unknown.length ? [{ id: { not_in: unknown } }] : []),
        ],
      },
      limit: PAGE,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) break
    for (const notice of docs) {
      const queue = queueOfNotice(notice.message)
      if (!queue) {
        unknown.push(String(notice.id))
        continue
      }
      await payload.update({
        collection: 'notifications',
        id: notice.id,
        data: { queue },
        depth: 0,
        overrideAccess: true,
      })
      filled++
    }
  }
  if (unknown.length)
    payload.logger.warn(`${unknown.length} queue notices name no queue; left without one`)
  return filled
}

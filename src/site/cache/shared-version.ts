import type { Payload, PayloadRequest } from 'payload'

import { bumpContentVersion } from './content-version'

/*
 * The content version is per process; this carries changes between processes through the
 * database. Writers add a row to `content-changes` inside the change's own transaction, so it
 * becomes visible exactly when the change does; each server polls the newest row once a second
 * and bumps its local version when it moved. Works the same on SQLite and MongoDB (Local API).
 */
const COLLECTION = 'content-changes'
const POLL_MS = 1000
/** Rows older than this are only history; one is always kept as the current marker. */
const KEEP_MS = 10 * 60_000
const PRUNE_EVERY_MS = 10 * 60_000

/** Records a public change for the other processes; never fails the save that caused it. */
export async function recordContentChange(req: PayloadRequest): Promise<void> {
  try {
    await req.payload.create({
      collection: COLLECTION,
      data: {},
      req,
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      'Could not record a content change for other processes',
    )
  }
}

/** Polls for changes made by other processes; returns a function that stops polling. */
export function followContentChanges(payload: Payload, everyMs = POLL_MS): () => void {
  let seen: string | undefined
  let busy = false
  let prunedAt = Date.now()
  const poll = async () => {
    if (busy) return
    busy = true
    try {
      const { docs, totalDocs } = await payload.find({
        collection: COLLECTION,
        sort: '-createdAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const newest = docs[0]
      // The count catches two rows written in the same millisecond, whichever sorts first.
      const token = `${newest?.id ?? ''}:${totalDocs}`
      if (seen !== undefined && token !== seen) bumpContentVersion()
      seen = token
      if (newest && Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now()
        await prune(payload, newest.id)
      }
    } catch (error) {
      payload.logger.warn({ err: error }, 'Could not read the shared content version')
    } finally {
      busy = false
    }
  }
  void poll()
  const timer = setInterval(() => void poll(), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}

async function prune(payload: Payload, keepId: string): Promise<void> {
  await payload.delete({
    collection: COLLECTION,
    where: {
      and: [
        { createdAt: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } },
        { id: { not_equals: keepId } },
      ],
    },
    overrideAccess: true,
  })
}

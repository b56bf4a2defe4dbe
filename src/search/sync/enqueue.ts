import type { PayloadRequest, Where } from 'payload'

import { INDEX_TASK } from './index-task-slug'

/**
 * Queues index jobs. Enqueueing is a plain insert into the jobs table, so a save never fails
 * because search is down. Where the database adapter runs transactions (MongoDB on a replica
 * set) the insert is part of the save's transaction. Payload's SQLite adapter runs without
 * transactions (its default, kept here), and so does MongoDB on a standalone server: a process
 * killed between the save and this insert loses the job, and the periodic reconciliation
 * (reconcile.ts) re-queues any published article the index lacks.
 */
export async function enqueueIndex(req: PayloadRequest, ids: Iterable<string>): Promise<void> {
  for (const id of new Set(ids)) {
    await req.payload.jobs.queue({ task: INDEX_TASK, input: { id }, queue: 'default', req })
  }
}

/** Ids of published articles matching `where`, for fan-out after a media or author edit. */
export async function articleIdsWhere(req: PayloadRequest, where: Where): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [where, { _status: { equals: 'published' } }] },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

import type { PayloadRequest, Where } from 'payload'

import { INDEX_TASK } from './index-task'

/**
 * Queues index jobs. Enqueueing is a plain insert into the jobs table, inside the same
 * transaction as the content change, so a save never fails because search is down and no
 * change is forgotten if the process dies right after the save. Where the database has no
 * transactions (MongoDB without a replica set), reconciliation catches a lost job (reconcile.ts).
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

import type { Payload, Where } from 'payload'

import { INDEX_TASK } from './index-task-slug'

/*
 * The index jobs in the queue, by state. Payload deletes a job once it completes; one that fails
 * is retried until its attempts run out, then kept with `hasError` and never picked again. Those
 * exhausted jobs are what /healthz and the admin dashboard report, and what reconciliation
 * re-queues (reconcile.ts).
 */
const JOBS = 'payload-jobs'

const open: Where[] = [{ taskSlug: { equals: INDEX_TASK } }, { completedAt: { exists: false } }]

/** Waiting or retrying: the queue will still run them. */
export const PENDING: Where = { and: [...open, { hasError: { not_equals: true } }] }

/** Out of attempts: the queue will never run them again. */
export const FAILED: Where = { and: [...open, { hasError: { equals: true } }] }

export async function countIndexJobs(
  payload: Payload,
): Promise<{ pendingJobs: number; failedJobs: number }> {
  const [pending, failed] = await Promise.all([
    payload.count({ collection: JOBS, where: PENDING, overrideAccess: true }),
    payload.count({ collection: JOBS, where: FAILED, overrideAccess: true }),
  ])
  return { pendingJobs: pending.totalDocs, failedJobs: failed.totalDocs }
}

/** Which of `ids` already have a job the queue will run, so reconciliation adds no duplicate. */
export async function idsWithPendingJob(payload: Payload, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { docs } = await payload.find({
    collection: JOBS,
    where: { and: [PENDING, { 'input.id': { in: ids } }] },
    select: { input: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((job) => jobArticleId(job.input)).filter((id) => id !== null))
}

/** Queues one index job per id not already pending; returns how many were queued. */
export async function queueIndexJobs(payload: Payload, ids: string[]): Promise<number> {
  const unique = [...new Set(ids)]
  const pending = await idsWithPendingJob(payload, unique)
  const missing = unique.filter((id) => !pending.has(id))
  for (const id of missing)
    await payload.jobs.queue({ task: INDEX_TASK, input: { id }, queue: 'default' })
  return missing.length
}

/**
 * Replaces up to `limit` exhausted index jobs by fresh ones (full attempts again) and deletes
 * them; returns how many exhausted jobs were handled (0 when none are left).
 */
export async function requeueFailedJobs(payload: Payload, limit: number): Promise<number> {
  const { docs } = await payload.find({
    collection: JOBS,
    where: FAILED,
    select: { input: true },
    sort: 'createdAt',
    depth: 0,
    limit,
    overrideAccess: true,
  })
  if (docs.length === 0) return 0
  const ids = docs.map((job) => jobArticleId(job.input)).filter((id) => id !== null)
  // Queued before the delete: a crash in between leaves a duplicate, which is harmless.
  await queueIndexJobs(payload, ids)
  await payload.delete({
    collection: JOBS,
    where: { id: { in: docs.map((job) => job.id) } },
    overrideAccess: true,
  })
  return docs.length
}

function jobArticleId(input: unknown): string | null {
  if (!input || typeof input !== 'object' || !('id' in input)) return null
  return typeof input.id === 'string' ? input.id : null
}

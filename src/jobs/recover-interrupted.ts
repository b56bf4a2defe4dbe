import type { Payload } from 'payload'

/**
 * Payload marks a job `processing` while it runs and never picks such a job again. A process
 * killed mid-job (kill -9, power loss, OOM) leaves it marked for ever, and with it a queued
 * search update or scheduled publish. At start, before this process has run anything, jobs
 * still marked from before the start are handed back to the queue. Index jobs are idempotent
 * (they read the article's current state), so one that had in fact finished runs once more.
 */
export async function recoverInterruptedJobs(payload: Payload, startedAt: Date): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: startedAt.toISOString() } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length)
    payload.logger.warn(`Re-queued ${docs.length} job(s) interrupted by an earlier shutdown`)
  return docs.length
}

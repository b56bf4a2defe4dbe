import type { Payload } from 'payload'

/**
 * Payload marks a job `processing` while it runs and never picks such a job again. A process
 * killed mid-job (kill -9, power loss, OOM) leaves it marked for ever, and with it a queued
 * search update or scheduled publish. At start, before this process has run anything, jobs
 * still marked from before the start are handed back to the queue. Index jobs are idempotent
 * (they read the article's current state), so one that had in fact finished runs once more.
 *
 * Only the process that runs the queue (JOBS_AUTORUN) does this: it is the one runner, so at its
 * start nothing else is running a job. Another web process restarting beside it would hand back
 * a job that runner is in the middle of, and the next tick would run it a second time (a
 * scheduled publish, a notice e-mail sent twice).
 */
export async function recoverInterruptedJobs(
  payload: Pick<Payload, 'update' | 'logger'>,
  startedAt: Date,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  if (env.JOBS_AUTORUN === 'false') return 0
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

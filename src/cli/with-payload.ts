import type { Payload, Where } from 'payload'

import { INDEX_TASK } from '@/search/sync/index-task-slug'

/**
 * Boots Payload for a CLI command (no cron timers), runs `fn`, then lets any content-changing
 * work finish: search index jobs enqueued by the command are drained before Payload shuts down,
 * so `cms import` followed by `cms search` finds what was imported. Commands that queue nothing
 * pass `drain: false`. Only search index jobs are drained (`COMMAND_JOBS`).
 */
export async function withPayload<T>(
  fn: (payload: Payload) => Promise<T>,
  options: { drain?: boolean } = {},
): Promise<T> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    const result = await fn(payload)
    if (options.drain !== false) await drainJobs(payload, { where: COMMAND_JOBS })
    return result
  } finally {
    const { closeSearchEngine } = await import('@/search/engine')
    await closeSearchEngine()
    await payload.destroy()
  }
}

/**
 * The jobs a command drains: search index updates, which its own writes queue and which are
 * idempotent (every due one, so also any the server's runner has not taken yet). Scheduled
 * publishes and notification emails are left to the server's runner: a claim is not exclusive
 * on SQLite (below), so a command draining at the moment the server's runner fires could publish
 * an article twice or send an email twice.
 */
export const COMMAND_JOBS: Where = { taskSlug: { equals: INDEX_TASK } }

/**
 * Runs queued jobs until none are runnable (each run handles a batch); `where` narrows which.
 * The server's job runner may take the same job at the same moment (SQLite runs without
 * transactions, so a claim is not exclusive) and delete it when done, and this run then fails on
 * the vanished job. The work
 * itself is done either way and the jobs are idempotent, so such a failure is logged and the
 * drain goes on; the command's own result never depends on it.
 */
export async function drainJobs(
  payload: Pick<Payload, 'jobs' | 'logger'>,
  options: { maxRounds?: number; maxFailures?: number; where?: Where } = {},
): Promise<void> {
  const { maxRounds = 1000, maxFailures = 5, where } = options
  let failures = 0
  for (let round = 0; round < maxRounds; round++) {
    try {
      const result = await payload.jobs.run({
        limit: 100,
        queue: 'default',
        ...(where ? { where } : {}),
      })
      const ran = Object.keys(result.jobStatus ?? {}).length
      if (ran === 0 || result.noJobsRemaining) return
    } catch (error) {
      failures++
      payload.logger.warn(
        { err: error },
        `Draining queued jobs failed (${failures}/${maxFailures}); another process may have run them`,
      )
      if (failures >= maxFailures) return
    }
  }
}

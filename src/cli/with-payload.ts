import type { Payload } from 'payload'

/**
 * Boots Payload for a CLI command (no cron timers), runs `fn`, then lets any content-changing
 * work finish: search index jobs enqueued by the command are drained before Payload shuts down,
 * so `cms import` followed by `cms search` finds what was imported. Commands that queue nothing
 * pass `drain: false`: draining would run the server's queued jobs in a second process.
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
    if (options.drain !== false) await drainJobs(payload)
    return result
  } finally {
    const { closeSearchEngine } = await import('@/search/engine')
    await closeSearchEngine()
    await payload.destroy()
  }
}

/**
 * Runs queued jobs until none are runnable (each run handles a batch). The server's job runner
 * may take the same job at the same moment (SQLite runs without transactions, so a claim is not
 * exclusive) and delete it when done, and this run then fails on the vanished job. The work
 * itself is done either way and the jobs are idempotent, so such a failure is logged and the
 * drain goes on; the command's own result never depends on it.
 */
export async function drainJobs(
  payload: Pick<Payload, 'jobs' | 'logger'>,
  maxRounds = 1000,
  maxFailures = 5,
): Promise<void> {
  let failures = 0
  for (let round = 0; round < maxRounds; round++) {
    try {
      const result = await payload.jobs.run({ limit: 100, queue: 'default' })
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

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

/** Runs queued jobs until none are runnable (each run handles a batch). */
export async function drainJobs(payload: Payload, maxRounds = 1000): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const result = await payload.jobs.run({ limit: 100, queue: 'default' })
    const ran = Object.keys(result.jobStatus ?? {}).length
    if (ran === 0 || result.noJobsRemaining) return
  }
}

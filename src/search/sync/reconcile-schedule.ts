import type { Payload } from 'payload'

import { reconcileSearchIndex } from './reconcile'

/*
 * Runs reconciliation every SEARCH_RECONCILE_MINUTES (default 5; 0 turns it off) in the process
 * that runs the job queue. Several web processes on one database already keep exactly one with
 * JOBS_AUTORUN=true (it alone runs scheduled publishing and the index jobs), so the same switch
 * makes this run once across them. Were two to run it anyway, they would only queue duplicate
 * jobs, which the queue skips (index-jobs.ts) or which run harmlessly (index jobs are idempotent).
 */
const DEFAULT_MINUTES = 5

export function reconcileIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SEARCH_RECONCILE_MINUTES
  const minutes = raw === undefined || raw === '' ? DEFAULT_MINUTES : Number(raw)
  return Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes * 60_000) : 0
}

/** Starts the timer when this process runs jobs; returns a function that stops it. */
export function scheduleReconciliation(
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): () => void {
  const everyMs = reconcileIntervalMs(env)
  if (env.JOBS_AUTORUN === 'false' || everyMs === 0) return () => undefined
  let running: Promise<unknown> | null = null
  const tick = () => {
    // A walk of a large archive can outlast the interval: never two at once.
    running ??= reconcileSearchIndex(payload)
      .catch((error: unknown) =>
        payload.logger.error({ err: error }, 'Search reconciliation failed'),
      )
      .finally(() => (running = null))
  }
  const timer = setInterval(tick, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}

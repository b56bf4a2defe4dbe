import type { TaskConfig } from 'payload'

type RetryConfig = Exclude<NonNullable<TaskConfig['retries']>, number>

/**
 * How often an index job retries while the engine is down, and how long it waits first (doubled
 * each time). The defaults give about 17 minutes; after that the job is exhausted (Payload marks
 * it `hasError` and never runs it again), is shown in /healthz and the admin dashboard, and
 * reconciliation re-queues it once the engine answers (reconcile.ts). Read when the config is
 * loaded; tests shorten the window through the same variables instead of waiting for real.
 */
export function indexRetryPolicy(
  env: Record<string, string | undefined> = process.env,
): RetryConfig {
  return {
    attempts: positiveInt(env.SEARCH_INDEX_ATTEMPTS, 10),
    backoff: { type: 'exponential', delay: positiveInt(env.SEARCH_INDEX_RETRY_DELAY_MS, 1000) },
  }
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = Number(raw)
  return raw && Number.isInteger(value) && value >= 0 ? value : fallback
}

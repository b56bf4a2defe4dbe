// Meilisearch applies writes asynchronously as tasks; the engine waits for each so a write that
// failed on the server fails the caller (and the index job retries).
import { type EnqueuedTaskPromise, MeilisearchApiError } from 'meilisearch'

export const TASK_TIMEOUT_MS = 120_000

/**
 * Waits for a task; a failed task rejects, except with `allowCode`, where it resolves false
 * (e.g. index_already_exists when creating an index that is there).
 */
export async function settle(task: EnqueuedTaskPromise, allowCode?: string): Promise<boolean> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS })
  if (done.status === 'succeeded') return true
  if (allowCode && done.error?.code === allowCode) return false
  throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`)
}

/** True for an HTTP error answer of Meilisearch with this error code. */
export function isApiError(error: unknown, code: string): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === code
}

import type { Payload } from 'payload'

import { getSearchEngine } from '@/search/engine'

import { countIndexJobs } from './index-jobs'
import { loadReconcileState } from './reconcile-state'

/** What /healthz and the admin dashboard say about the index being in step with the content. */
export interface SearchSyncStatus {
  engine: 'ok' | 'unavailable'
  /** Index jobs waiting or retrying. */
  pendingJobs: number
  /** Index jobs out of attempts; reconciliation re-queues them once the engine answers. */
  failedJobs: number
  /** Last reconciliation that found the engine up (ISO), null if none yet. */
  lastReconciledAt: string | null
}

/** An engine that does not answer within this is reported unavailable (health checks must not hang). */
const ENGINE_TIMEOUT_MS = 2000

export async function searchSyncStatus(payload: Payload): Promise<SearchSyncStatus> {
  const [engine, jobs, state] = await Promise.all([
    engineAnswers(),
    countIndexJobs(payload),
    loadReconcileState(payload),
  ])
  return {
    engine: engine ? 'ok' : 'unavailable',
    ...jobs,
    lastReconciledAt: state?.completedAt ?? null,
  }
}

async function engineAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ENGINE_TIMEOUT_MS)
  })
  const check = getSearchEngine().then(
    (engine) => engine.health(),
    () => false,
  )
  try {
    return await Promise.race([check, timeout])
  } finally {
    clearTimeout(timer)
  }
}

import type { Payload } from 'payload'

import type { ReconcileReport } from './reconcile'

/*
 * The last reconciliation's time and outcome, kept in Payload's key-value store (a table of the
 * database), so /healthz and the admin of every process see it, not only the one that ran it.
 */
const KEY = 'search-reconcile'

export interface ReconcileState {
  /** Last run, whatever its outcome. */
  at: string
  /** Last run that found the engine up; null while it has always been down. */
  completedAt: string | null
  report: ReconcileReport
}

export async function saveReconcileState(payload: Payload, state: ReconcileState): Promise<void> {
  await payload.kv.set(KEY, state)
}

export async function loadReconcileState(payload: Payload): Promise<ReconcileState | null> {
  return payload.kv.get<ReconcileState>(KEY)
}

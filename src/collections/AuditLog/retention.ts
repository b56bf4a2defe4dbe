/**
 * How long audit entries are kept and the pruning of older ones. System logs must be kept for
 * at least 12 months, so AUDIT_RETENTION_DAYS below 365 is raised to 365 with a warning;
 * the default, 400 days, leaves a margin. Deleting goes through the Local API with the prune
 * flag, the only way past the append-only guard, and leaves an entry saying how many went.
 */
import type { Payload } from 'payload'

import { AUDIT_PRUNE_FLAG } from './context-flags'
import { AUDIT_SLUG, recordAudit } from './record'

export const DEFAULT_RETENTION_DAYS = 400
export const MIN_RETENTION_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

export function retentionDays(
  value = process.env.AUDIT_RETENTION_DAYS,
  warn: (message: string) => void = console.warn,
): number {
  if (!value?.trim()) return DEFAULT_RETENTION_DAYS
  const days = Number(value)
  if (!Number.isInteger(days) || days <= 0) {
    warn(
      `AUDIT_RETENTION_DAYS="${value}" is not a whole number of days; using ${DEFAULT_RETENTION_DAYS}`,
    )
    return DEFAULT_RETENTION_DAYS
  }
  if (days < MIN_RETENTION_DAYS) {
    warn(
      `AUDIT_RETENTION_DAYS=${days} is under the 12-month minimum; keeping ${MIN_RETENTION_DAYS} days`,
    )
    return MIN_RETENTION_DAYS
  }
  return days
}

/** Deletes entries older than the retention period; returns how many. */
export async function pruneAuditLog(payload: Payload, now = new Date()): Promise<number> {
  const days = retentionDays(undefined, (m) => payload.logger.warn(m))
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  let pruned = 0
  // A bulk delete handles one page of matches at a time: repeat until none is left.
  for (let round = 0; round < 10_000; round++) {
    const { docs, errors } = await payload.delete({
      collection: AUDIT_SLUG,
      where: { at: { less_than: cutoff } },
      overrideAccess: true,
      depth: 0,
      context: { [AUDIT_PRUNE_FLAG]: true },
    })
    if (errors.length) throw new Error(`Audit log pruning failed for ${errors.length} entries`)
    pruned += docs.length
    if (!docs.length) break
  }
  if (pruned) {
    payload.logger.info(`Pruned ${pruned} audit log entries older than ${days} days`)
    await recordAudit(payload, {
      action: 'retention-prune',
      collectionSlug: AUDIT_SLUG,
      summary: `${pruned} mục trước ${cutoff} (lưu ${days} ngày)`,
    })
  }
  return pruned
}

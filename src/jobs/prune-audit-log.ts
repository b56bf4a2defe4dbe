import type { Payload, TaskConfig } from 'payload'

import { pruneAuditLog, retentionDays } from '@/collections/AuditLog/retention'

export const PRUNE_AUDIT_TASK = 'pruneAuditLog'
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The daily audit-log retention run, on the default queue. Payload's own task `schedule` would
 * add its `payload-jobs-stats` global, which has no access rules of ours, so the job plans its
 * own next run instead: each run queues the next one a day later, and the server queues one at
 * start when none is waiting (`ensureAuditPruneScheduled`).
 */
export const pruneAuditLogTask: TaskConfig<{
  input: Record<string, never>
  output: { pruned: number }
}> = {
  slug: PRUNE_AUDIT_TASK,
  label: 'Xóa nhật ký hệ thống hết hạn lưu',
  outputSchema: [{ name: 'pruned', type: 'number', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ req }) => {
    const pruned = await pruneAuditLog(req.payload)
    await queueNext(req.payload, new Date(Date.now() + DAY_MS))
    return { output: { pruned } }
  },
}

const queueNext = (payload: Payload, waitUntil: Date) =>
  payload.jobs.queue({ task: PRUNE_AUDIT_TASK, input: {}, waitUntil })

/** At server start: make sure a pruning run is waiting (the first runs a minute after start). */
export async function ensureAuditPruneScheduled(payload: Payload): Promise<void> {
  retentionDays(undefined, (message) => payload.logger.warn(message)) // warns at start, not a day later
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: PRUNE_AUDIT_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
  })
  if (!totalDocs) await queueNext(payload, new Date(Date.now() + 60_000))
}

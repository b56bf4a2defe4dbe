import type { JobsConfig } from 'payload'

import { isEditorial } from '@/access/roles'
import { indexArticleTask } from '@/search/sync/index-task'

import { pruneAuditLogTask } from './prune-audit-log'
import { sendNotificationEmailTask } from './send-notification-email'

/**
 * The job queue runs inside the web server (src/server/index.ts asks for `cron: true`), polling
 * every 10 seconds. Scheduled publishing is Payload's own `schedulePublish` task on the
 * default queue; it runs as the user who scheduled it, so the article access rules (reporters
 * never publish) apply to it as well. Search index updates are `indexArticle` jobs on the same
 * queue, retried with backoff when the engine is down.
 */
export const jobsConfig: JobsConfig = {
  access: {
    run: ({ req }) => isEditorial(req.user),
    cancel: ({ req }) => isEditorial(req.user),
    queue: ({ req }) => isEditorial(req.user),
  },
  autoRun: [{ cron: process.env.JOBS_CRON ?? '*/10 * * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  tasks: [indexArticleTask, pruneAuditLogTask, sendNotificationEmailTask],
}

/**
 * Which queue an older "queue" notice is for, read from its wording (pure, unit-tested). Notices
 * written before the `queue` field existed carry only their message, which has always opened
 * with the queue's headline (./messages.ts). Both upgrades use it: the SQLite migration
 * 20261130_100030_lock2 matches these prefixes in SQL, and MongoDB's start-up backfill
 * (src/db/backfill-notice-queues.ts) calls `queueOfNotice` on each notice.
 */
export type NoticeQueue = 'editing' | 'approval'

/** The opening of a queue notice's message, by queue. */
export const QUEUE_NOTICE_PREFIXES: Record<NoticeQueue, string> = {
  editing: 'Bài chờ biên tập:',
  approval: 'Bài chờ duyệt đăng:',
}

export function queueOfNotice(message: string | null | undefined): NoticeQueue | null {
  if (!message) return null
  for (const [queue, prefix] of Object.entries(QUEUE_NOTICE_PREFIXES))
    if (message.startsWith(prefix)) return queue as NoticeQueue
  return null
}

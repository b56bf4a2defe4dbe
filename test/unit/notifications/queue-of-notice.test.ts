/**
 * The wording → queue rule both upgrades of older notices rely on: the SQLite migration
 * (20261130_100030_lock2, in SQL) and MongoDB's start-up backfill (src/db/backfill-notice-queues.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type NoticeKind, noticeMessage } from '@/notifications/messages'
import { QUEUE_NOTICE_PREFIXES, queueOfNotice } from '@/notifications/queue-of-notice'

const notice = (kind: NoticeKind, title = 'Hội nghị: tổng kết năm') =>
  noticeMessage({ kind, title, actorName: 'Minh Yến', adminUrl: 'http://x/a/1' }).message

describe('queueOfNotice', () => {
  it('reads the queue from the wording notices are written with', () => {
    expect(queueOfNotice(notice('editing'))).toBe('editing')
    expect(queueOfNotice(notice('approval'))).toBe('approval')
  })

  it('gives no queue to returns, publications and foreign wording', () => {
    expect(queueOfNotice(notice('returned', 'Bài chờ biên tập: giả'))).toBeNull()
    expect(queueOfNotice(notice('published'))).toBeNull()
    expect(queueOfNotice('Tin về bài chờ biên tập: x')).toBeNull()
    expect(queueOfNotice('')).toBeNull()
    expect(queueOfNotice(null)).toBeNull()
  })

  it('matches the prefixes the SQLite migration uses', () => {
    const migration = fs.readFileSync(
      path.resolve('src/migrations/sqlite/20261130_100030_lock2.ts'),
      'utf8',
    )
    for (const [queue, prefix] of Object.entries(QUEUE_NOTICE_PREFIXES))
      expect(migration).toContain(
        `SET \\\`queue\\\` = '${queue}' WHERE \\\`kind\\\` = 'queue' AND \\\`message\\\` LIKE '${prefix}%'`,
      )
  })
})

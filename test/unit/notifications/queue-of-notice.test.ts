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

  it('reads the queue from notices stored before the field existed, word for word', () => {
    // Literal messages as the first notices (commit 4f48260) and the published notice (90ee722)
    // wrote them: pinned here so that rewording messages.ts cannot silently orphan stored ones.
    const stored: [string, string | null][] = [
      ['Bài chờ biên tập: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'editing'],
      ['Bài chờ duyệt đăng: Đại hội Chi bộ: nhiệm kỳ 2025–2030', 'approval'],
      ['Bài chờ biên tập: Bài chờ duyệt đăng: tiêu đề lạ', 'editing'],
      ['Bài chờ duyệt đăng: (chưa có tiêu đề)', 'approval'],
      ['Bài bị trả lại: Hội nghị — Lý do: Bài chờ biên tập: thiếu ảnh', null],
      ['Bài đã xuất bản: Hội nghị tổng kết', null],
      // A title typed in decomposed Unicode still follows the prefix the code wrote.
      ['Bài chờ duyệt đăng: '.concat('Hội nghị'.normalize('NFD')), 'approval'],
      // Lower-case or decomposed prefixes were never written; they name no queue.
      ['bài chờ biên tập: x', null],
      ['Bài chờ biên tập: x'.normalize('NFD'), null],
    ]
    for (const [message, queue] of stored) expect(queueOfNotice(message), message).toBe(queue)
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

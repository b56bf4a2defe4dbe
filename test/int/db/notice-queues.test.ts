/**
 * Older "queue" notices (written before notices recorded their `queue`) are readable again after
 * an upgrade, on either database: a contract over the Local API. On SQLite (always) the
 * migration 20261130_100030_lock2 is taken down and up again over such notices; on MongoDB
 * (`DATABASE_URI=mongodb://…`, the int suite's MongoDB run) the start-up backfill does the work,
 * and it is run here as it runs at start. Both then show the recipient the notices of the queues
 * they work, and nothing else.
 */
import { type MigrateUpArgs as MigrateArgs, sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isMongo } from '@/db/adapter'
import { backfillNoticeQueues } from '@/db/backfill-notice-queues'
import { type NoticeKind, noticeMessage } from '@/notifications/messages'
import type { Notification, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

let t: TestPayload
let editor: User
const ids = {} as Record<'editing' | 'approval' | 'odd', string>

const message = (kind: NoticeKind) =>
  noticeMessage({ kind, title: 'Hội nghị tổng kết', actorName: 'Minh Yến', adminUrl: 'http://x' })
    .message

/** A queue notice as the code before the `queue` field wrote it. */
async function olderNotice(text: string): Promise<string> {
  const notice = await t.payload.create({
    collection: 'notifications',
    data: { recipient: editor.id, kind: 'queue', message: text },
    overrideAccess: true,
  })
  return String(notice.id)
}

async function upgrade(): Promise<void> {
  if (isMongo()) {
    await backfillNoticeQueues(t.payload)
    return
  }
  const db = (t.payload.db as unknown as { drizzle: MigrateArgs['db'] }).drizzle
  const { migrations } = await import('@/migrations/sqlite')
  const lock2 = migrations.find((m) => m.name.endsWith('_lock2'))
  if (!lock2) throw new Error('the lock2 migration is missing')
  const args = { db, payload: t.payload, req: {} } as unknown as MigrateArgs
  await lock2.down(args)
  await lock2.up(args)
  // Still the schema the code expects.
  await db.run(sql`SELECT \`queue\` FROM \`notifications\` LIMIT 1`)
}

beforeAll(async () => {
  t = await bootPayload('notice-queues')
  editor = await createUser(t.payload, 'editor', '-nq')
  ids.editing = await olderNotice(message('editing'))
  ids.approval = await olderNotice(message('approval'))
  ids.odd = await olderNotice('Thông báo cũ không rõ hàng chờ')
  await upgrade()
})

afterAll(async () => {
  await t?.cleanup()
})

describe('older queue notices after the upgrade', () => {
  it('carry the queue their wording names', async () => {
    const read = (id: string) =>
      t.payload.findByID({ collection: 'notifications', id, overrideAccess: true, depth: 0 })
    expect((await read(ids.editing)).queue).toBe('editing')
    expect((await read(ids.approval)).queue).toBe('approval')
    expect((await read(ids.odd)).queue ?? null).toBeNull()
  })

  it('are readable by the editor they were for, the editing queue only', async () => {
    const { docs } = await t.payload.find({
      collection: 'notifications',
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(docs.map((d: Notification) => String(d.id))).toEqual([ids.editing])
  })

  it("get their queue from MongoDB's backfill (run here on this database too)", async () => {
    const later = await olderNotice(message('approval'))
    expect(await backfillNoticeQueues(t.payload)).toBe(1)
    const notice = await t.payload.findByID({
      collection: 'notifications',
      id: later,
      overrideAccess: true,
      depth: 0,
    })
    expect(notice.queue).toBe('approval')
    expect(await backfillNoticeQueues(t.payload)).toBe(0)
  })
})

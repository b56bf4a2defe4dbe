/**
 * The desk's lists (issue 11 §2) on a real Payload: each person's own drafts and returned pieces
 * (with the reason), the queue by role and category rights, scheduled publications and the
 * latest published, all read as that person so scoping matches the article list.
 */
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadDesk } from '@/components/admin/desk/desk-queries'
import { newestPendingComments } from '@/components/admin/desk/pending-comments'
import type { User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../../helpers/payload'
import { move, moveData, type Person, REASON } from '../../../../helpers/stages'
import { createUser, type TestRole } from '../../../../helpers/users'

let t: TestPayload
const u = {} as Record<
  'reporter' | 'reporter2' | 'editorA' | 'editorAll' | 'approverA' | 'admin',
  User
>
const a = {} as Record<
  'draft' | 'otherDraft' | 'returned' | 'editingA' | 'editingB' | 'approvalA' | 'approvalB',
  string
>
let scheduledA: string
let publishedA: string

const asUser = (user: User) =>
  ({ ...user, collection: 'users' }) as unknown as NonNullable<PayloadRequest['user']>
const person = (user: User): Person => ({ user: asUser(user) as unknown as User, token: '' })
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id)

async function filed(author: User, title: string, categories: string[]): Promise<string> {
  const doc = await t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'draft', categories } as never,
    draft: true,
    user: asUser(author),
    overrideAccess: false,
  })
  return String(doc.id)
}

async function moveAs(user: User, id: string, to: Parameters<typeof moveData>[0]) {
  const ctx = { url: '', payload: t.payload }
  const outcome = await move('local', ctx, person(user), id, moveData(to))
  expect(outcome, `${to} by ${user.email}`).toMatchObject({ ok: true })
}

beforeAll(async () => {
  t = await bootPayload('desk-queries')
  const cat = async (title: string) =>
    String((await t.payload.create({ collection: 'categories', data: { title } })).id)
  const catA = await cat('Xây dựng Đảng')
  const catB = await cat('Kinh tế')
  const make = (role: TestRole, suffix: string, extra = {}) =>
    createUser(t.payload, role, suffix, extra)
  u.reporter = await make('reporter', '-d')
  u.reporter2 = await make('reporter', '-d2')
  u.editorA = await make('editor', '-da', { categories: [catA] })
  u.editorAll = await make('editor', '-dall')
  u.approverA = await make('approver', '-da', { categories: [catA] })
  u.admin = await make('admin', '-d')

  a.draft = await filed(u.reporter, 'Nháp của tôi', [catA])
  a.otherDraft = await filed(u.reporter2, 'Nháp người khác', [catA])
  a.returned = await filed(u.reporter, 'Bài bị trả', [catA])
  await moveAs(u.reporter, a.returned, 'editing')
  await moveAs(u.editorA, a.returned, 'returned')
  a.editingA = await filed(u.reporter2, 'Chờ biên tập A', [catA])
  await moveAs(u.reporter2, a.editingA, 'editing')
  a.editingB = await filed(u.reporter2, 'Chờ biên tập B', [catB])
  await moveAs(u.reporter2, a.editingB, 'editing')
  a.approvalA = await filed(u.reporter2, 'Chờ duyệt A', [catA])
  await moveAs(u.reporter2, a.approvalA, 'editing')
  await moveAs(u.editorAll, a.approvalA, 'approval')
  a.approvalB = await filed(u.reporter2, 'Chờ duyệt B', [catB])
  await moveAs(u.reporter2, a.approvalB, 'editing')
  await moveAs(u.editorAll, a.approvalB, 'approval')

  scheduledA = a.approvalA
  await t.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: scheduledA },
      user: { relationTo: 'users', value: u.approverA.id },
    },
    waitUntil: new Date(Date.now() + 24 * 3600 * 1000),
  } as never)
  publishedA = String(
    (
      await t.payload.create({
        collection: 'articles',
        data: { title: 'Đã đăng A', kind: 'news', _status: 'published', categories: [catA] },
        overrideAccess: true,
      })
    ).id,
  )
  await t.payload.create({
    collection: 'articles',
    data: { title: 'Đã đăng B', kind: 'news', _status: 'published', categories: [catB] },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('Bài của tôi', () => {
  it('lists my drafts and what came back to me, with the reason; nobody else’s', async () => {
    const desk = await loadDesk(t.payload, asUser(u.reporter))
    expect(ids(desk.mine.rows).sort()).toEqual([a.draft, a.returned].sort())
    expect(desk.mine.total).toBe(2)
    const returned = desk.mine.rows.find((r) => r.id === a.returned)
    expect(returned).toMatchObject({ stage: 'returned', reason: REASON })
    expect(desk.queue).toBeNull()
  })
})

describe('Chờ tôi xử lý', () => {
  it('an editor limited to a category sees only its pieces waiting for editing', async () => {
    const desk = await loadDesk(t.payload, asUser(u.editorA))
    expect(desk.queueStages).toEqual(['editing'])
    expect(ids(desk.queue!.rows)).toEqual([a.editingA])
    expect(desk.queue!.total).toBe(1)
  })

  it('an editor without limits sees every piece waiting for editing, not approval', async () => {
    const desk = await loadDesk(t.payload, asUser(u.editorAll))
    expect(ids(desk.queue!.rows).sort()).toEqual([a.editingA, a.editingB].sort())
  })

  it('an approver limited to a category sees only its pieces waiting for approval', async () => {
    const desk = await loadDesk(t.payload, asUser(u.approverA))
    expect(desk.queueStages).toEqual(['approval'])
    expect(ids(desk.queue!.rows)).toEqual([a.approvalA])
  })

  it('an admin sees both queues', async () => {
    const desk = await loadDesk(t.payload, asUser(u.admin))
    expect(desk.queue!.total).toBe(4)
  })
})

describe('Đã lên lịch and Mới đăng', () => {
  it('lists scheduled publications with their time, as far as the person may see', async () => {
    const approver = await loadDesk(t.payload, asUser(u.approverA))
    expect(ids(approver.scheduled.rows)).toEqual([scheduledA])
    expect(new Date(String(approver.scheduled.rows[0]!.at)).getTime()).toBeGreaterThan(Date.now())
    // A reporter who cannot read the piece does not learn it is scheduled.
    const reporter = await loadDesk(t.payload, asUser(u.reporter))
    expect(reporter.scheduled.total).toBe(0)
  })

  it('lists recent publications within the person’s categories', async () => {
    const editorA = await loadDesk(t.payload, asUser(u.editorA))
    expect(ids(editorA.recent.rows)).toEqual([publishedA])
    const admin = await loadDesk(t.payload, asUser(u.admin))
    expect(admin.recent.total).toBe(2)
  })
})

describe('Ý kiến bạn đọc chờ duyệt', () => {
  it('shows moderators the newest pending comments only, and reporters nothing', async () => {
    const comment = (text: string, status: 'pending' | 'approved') =>
      t.payload.create({
        collection: 'comments',
        data: {
          article: publishedA,
          name: 'Bạn đọc',
          contact: 'ban.doc@example.vn',
          text,
          status,
        } as never,
        overrideAccess: true,
      })
    const older = await comment('Ý kiến chờ duyệt thứ nhất', 'pending')
    await comment('Ý kiến đã duyệt', 'approved')
    const newer = await comment('Ý kiến chờ duyệt thứ hai', 'pending')
    const editor = await newestPendingComments(t.payload, asUser(u.editorAll))
    expect(editor?.total).toBe(2)
    expect(editor?.rows.map((r) => r.id)).toEqual([String(newer.id), String(older.id)])
    expect(editor?.rows[0]).toMatchObject({
      excerpt: 'Ý kiến chờ duyệt thứ hai',
      articleId: publishedA,
    })
    expect(await newestPendingComments(t.payload, asUser(u.reporter))).toBeNull()
  })
})

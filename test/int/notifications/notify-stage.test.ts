/**
 * Notifications on stage moves (issue 11 §2), on a real Payload over REST with a real SMTP
 * server started here: who gets a notice and an e-mail when a piece reaches the editing or
 * approval queue (by role and category rights), is returned or is published, what the e-mail
 * says (Vietnamese subject and body, the title, the admin link), that each person reads only
 * their own notices, that a failing mail server neither blocks nor fails the save and is
 * logged in English, and that recipients are checked again when each e-mail goes out (a role or
 * category taken away, or an account deleted, after the move: no e-mail).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { startSmtp, type TestSmtp } from '../../helpers/smtp'
import { move, moveData, type Person, REASON } from '../../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../../helpers/users'

const ORIGIN = 'http://toasoan.test'
let t: TestPayload
let api: ApiServer
let smtp: TestSmtp
let ctx: { url: string; payload: TestPayload['payload'] }
const p = {} as Record<
  'reporter' | 'editorA' | 'editorB' | 'editorAll' | 'approverA' | 'approverB' | 'admin',
  Person
>
let catA: string
let catB: string

async function person(role: TestRole, suffix: string, extra = {}): Promise<Person> {
  const user = await createUser(t.payload, role, suffix, extra)
  return { user, token: await loginToken(api.url, user.email, passwordFor(role)) }
}

const noticesOf = async (who: Person, article: string) =>
  (
    await t.payload.find({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: who.user.id } }, { article: { equals: article } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

/** Runs the queue until no e-mail job is waiting (as the server's job runner would). */
async function runEmailJobs() {
  for (let i = 0; i < 5; i++) {
    await t.payload.jobs.run({ queue: 'default', limit: 50 })
    const { totalDocs } = await t.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'sendNotificationEmail' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { processing: { equals: false } },
          { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date() } }] },
        ],
      },
      overrideAccess: true,
    })
    if (totalDocs === 0) return
  }
}

async function fileArticle(
  title: string,
  categories: string[],
  author = p.reporter,
): Promise<string> {
  const doc = await t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'draft', categories } as never,
    draft: true,
    user: author.user,
    overrideAccess: false,
  })
  return String(doc.id)
}

/** Runs the e-mail jobs and returns what the runner logged as skipped ("… not sent: why"). */
async function runEmailJobsLoggingSkips(): Promise<string[]> {
  const infos = vi.spyOn(t.payload.logger, 'info')
  try {
    await runEmailJobs()
    return infos.mock.calls
      .map((c) => c.map(String).join(' '))
      .filter((l) => l.includes('not sent'))
  } finally {
    infos.mockRestore()
  }
}

/** E-mail jobs to an address that are still waiting or have failed (none once all were run). */
const unfinishedJobsTo = async (address: string) =>
  (
    await t.payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'sendNotificationEmail' } },
          { or: [{ completedAt: { exists: false } }, { hasError: { equals: true } }] },
        ],
      },
      overrideAccess: true,
      limit: 1000,
      depth: 0,
    })
  ).docs.filter((job) => (job.input as { to?: string }).to === address)

beforeAll(async () => {
  smtp = await startSmtp()
  t = await bootPayload('notify-stage', {
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Tòa soạn <toasoan@test.vn>',
      SERVER_URL: ORIGIN,
    },
  })
  api = await startApiServer(t.payload.config)
  ctx = { url: api.url, payload: t.payload }
  const cat = async (title: string) =>
    String((await t.payload.create({ collection: 'categories', data: { title } })).id)
  catA = await cat('Xây dựng Đảng')
  catB = await cat('Kinh tế')
  p.reporter = await person('reporter', '-n')
  p.editorA = await person('editor', '-a', { categories: [catA] })
  p.editorB = await person('editor', '-b', { categories: [catB] })
  p.editorAll = await person('editor', '-all')
  p.approverA = await person('approver', '-a', { categories: [catA] })
  p.approverB = await person('approver', '-b', { categories: [catB] })
  p.admin = await person('admin', '-n')
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
  await smtp?.close()
})

describe('a piece moving through the desk', () => {
  const title = 'Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12'
  let id: string

  it('reaching "Chờ biên tập" tells the editors of its category, nobody else', async () => {
    id = await fileArticle(title, [catA])
    expect((await move('rest', ctx, p.reporter, id, moveData('editing'))).ok).toBe(true)
    expect(await noticesOf(p.editorA, id)).toHaveLength(1)
    expect(await noticesOf(p.editorAll, id)).toHaveLength(1)
    expect(await noticesOf(p.editorB, id)).toHaveLength(0)
    expect(await noticesOf(p.reporter, id)).toHaveLength(0)
    expect(await noticesOf(p.approverA, id)).toHaveLength(0)
    const [notice] = await noticesOf(p.editorA, id)
    expect(notice?.message).toBe(`Bài chờ biên tập: ${title}`)
    expect(notice?.read).toBe(false)

    await runEmailJobs()
    const [mail, ...more] = smtp.to(p.editorA.user.email)
    expect(more).toHaveLength(0)
    expect(mail?.subject).toBe(`Bài chờ biên tập: ${title}`)
    expect(mail?.from).toContain('toasoan@test.vn')
    expect(mail?.text).toContain(`Bài "${title}"`)
    expect(mail?.text).toContain('Chờ biên tập')
    expect(mail?.text).toContain(`${ORIGIN}/admin/collections/articles/${id}`)
    expect(mail?.html).toContain(`href="${ORIGIN}/admin/collections/articles/${id}"`)
    expect(smtp.to(p.editorAll.user.email)).toHaveLength(1)
    expect(smtp.to(p.editorB.user.email)).toHaveLength(0)
    expect(smtp.to(p.reporter.user.email)).toHaveLength(0)
  })

  it('returned goes back to its reporter, with the reason', async () => {
    expect((await move('rest', ctx, p.editorA, id, moveData('returned'))).ok).toBe(true)
    const notices = await noticesOf(p.reporter, id)
    expect(notices).toHaveLength(1)
    expect(notices[0]?.kind).toBe('returned')
    expect(notices[0]?.message).toContain(REASON)
    await runEmailJobs()
    const [mail] = smtp.to(p.reporter.user.email)
    expect(mail?.subject).toBe(`Bài bị trả lại: ${title}`)
    expect(mail?.text).toContain(`Lý do: ${REASON}`)
    expect(mail?.text).toContain(`${ORIGIN}/admin/collections/articles/${id}`)
    // The editor who returned it is not told about their own move.
    expect(await noticesOf(p.editorA, id)).toHaveLength(1)
  })

  it('"Chờ duyệt đăng" tells the approvers of its category', async () => {
    expect((await move('rest', ctx, p.reporter, id, moveData('editing'))).ok).toBe(true)
    expect((await move('rest', ctx, p.editorA, id, moveData('approval'))).ok).toBe(true)
    expect(await noticesOf(p.approverA, id)).toHaveLength(1)
    expect(await noticesOf(p.approverB, id)).toHaveLength(0)
    await runEmailJobs()
    const mails = smtp.to(p.approverA.user.email)
    expect(mails.map((m) => m.subject)).toEqual([`Bài chờ duyệt đăng: ${title}`])
    expect(smtp.to(p.approverB.user.email)).toHaveLength(0)
  })

  it('publishing tells the reporter who wrote it, not the approver who published it', async () => {
    expect((await move('rest', ctx, p.approverA, id, moveData('published'))).ok).toBe(true)
    const notices = await noticesOf(p.reporter, id)
    expect(notices.map((n) => [n.kind, n.message])).toContainEqual([
      'published',
      `Bài đã xuất bản: ${title}`,
    ])
    expect(await noticesOf(p.approverA, id)).toHaveLength(1)
    await runEmailJobs()
    const mails = smtp.to(p.reporter.user.email)
    expect(mails.map((m) => m.subject)).toEqual([
      `Bài bị trả lại: ${title}`,
      `Bài đã xuất bản: ${title}`,
    ])
    expect(mails[1]?.text).toContain('đã duyệt và xuất bản bài của bạn')
    expect(smtp.to(p.approverA.user.email)).toHaveLength(1)
  })

  it('each person reads and clears only their own notices', async () => {
    const asEditor = await t.payload.find({
      collection: 'notifications',
      overrideAccess: false,
      user: p.editorA.user,
      depth: 0,
    })
    expect(asEditor.docs.length).toBeGreaterThan(0)
    for (const doc of asEditor.docs) expect(String(doc.recipient)).toBe(String(p.editorA.user.id))
    const asAdmin = await t.payload.find({
      collection: 'notifications',
      overrideAccess: false,
      user: p.admin.user,
      depth: 0,
    })
    expect(asAdmin.totalDocs).toBe(0)
    const [mine] = await noticesOf(p.editorA, id)
    const other = (await noticesOf(p.reporter, id))[0]!
    const res = await fetch(`${api.url}/api/notifications/${other.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${p.editorA.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ read: true }),
    })
    expect([403, 404]).toContain(res.status)
    const ok = await fetch(`${api.url}/api/notifications/${mine!.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${p.editorA.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ read: true, message: 'đổi nội dung', recipient: p.reporter.user.id }),
    })
    expect(ok.status).toBe(200)
    const stored = await t.payload.findByID({
      collection: 'notifications',
      id: mine!.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.read).toBe(true)
    expect(stored.message).toBe(`Bài chờ biên tập: ${title}`)
    expect(String(stored.recipient)).toBe(String(p.editorA.user.id))
    const made = await fetch(`${api.url}/api/notifications`, {
      method: 'POST',
      headers: { authorization: `JWT ${p.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: p.editorA.user.id, kind: 'queue', message: 'giả' }),
    })
    expect(made.status).toBe(403)
  })
})

describe('a failing mail server', () => {
  it('neither blocks nor fails the save; the failure is logged in English', async () => {
    const id = await fileArticle('Bài khi máy chủ thư lỗi', [catB])
    smtp.failing = true
    const errors = vi.spyOn(t.payload.logger, 'error')
    try {
      expect((await move('rest', ctx, p.reporter, id, moveData('editing'))).ok).toBe(true)
      // The save only queues the e-mail (the job sends it, below), so no mail server, failing or
      // hanging, can hold it: nothing was tried yet. A wall-clock bound proved nothing here.
      expect(errors).not.toHaveBeenCalled()
      expect(await noticesOf(p.editorB, id)).toHaveLength(1)
      await t.payload.jobs.run({ queue: 'default', limit: 50 })
      const logged = errors.mock.calls.map((c) => c.map(String).join(' ')).join('\n')
      expect(logged).toMatch(
        new RegExp(`Notification e-mail to ${p.editorB.user.email.replace('.', '\\.')} .*failed`),
      )
      expect(smtp.to(p.editorB.user.email)).toHaveLength(0)
      // Retried by the queue: once the server is back, the message goes out.
      smtp.failing = false
      const { docs } = await t.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendNotificationEmail' }, completedAt: { exists: false } },
        overrideAccess: true,
      })
      expect(docs.length).toBeGreaterThan(0)
      for (const job of docs)
        await t.payload.update({
          collection: 'payload-jobs',
          id: job.id,
          data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
          overrideAccess: true,
        })
      await runEmailJobs()
      expect(smtp.to(p.editorB.user.email).map((m) => m.subject)).toEqual([
        'Bài chờ biên tập: Bài khi máy chủ thư lỗi',
      ])
    } finally {
      smtp.failing = false
      errors.mockRestore()
    }
  })
})

describe('recipients as they are when the e-mail goes out', () => {
  it('an editor who lost the role or the category after the move gets no e-mail; the others do', async () => {
    const demoted = await person('editor', '-demoted', { categories: [catA] })
    const moved = await person('editor', '-moved', { categories: [catA] })
    const stays = await person('editor', '-stays', { categories: [catA] })
    const title = 'Bài khi ban biên tập phân công lại'
    const id = await fileArticle(title, [catA])
    expect((await move('rest', ctx, p.reporter, id, moveData('editing'))).ok).toBe(true)
    for (const who of [demoted, moved, stays]) expect(await noticesOf(who, id)).toHaveLength(1)

    // Before the job runner sends the e-mails, one loses the editor role, one the category.
    await t.payload.update({
      collection: 'users',
      id: demoted.user.id,
      data: { roles: ['reporter'] },
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'users',
      id: moved.user.id,
      data: { categories: [catB] },
      overrideAccess: true,
    })
    const skipped = await runEmailJobsLoggingSkips()
    expect(smtp.to(demoted.user.email)).toHaveLength(0)
    expect(smtp.to(moved.user.email)).toHaveLength(0)
    expect(smtp.to(stays.user.email).map((m) => m.subject)).toEqual([`Bài chờ biên tập: ${title}`])
    // Skipped and logged, not failed: nothing is retried later.
    for (const who of [demoted, moved]) {
      expect(skipped).toContainEqual(
        `Notification e-mail "Bài chờ biên tập: ${title}" not sent: account ${who.user.id} no longer holds the role or category of this notice`,
      )
      expect(await unfinishedJobsTo(who.user.email)).toEqual([])
    }

    // The next piece in that category reaches neither of them in the admin either.
    const next = await fileArticle(`${title} (2)`, [catA])
    expect((await move('rest', ctx, p.reporter, next, moveData('editing'))).ok).toBe(true)
    expect(await noticesOf(demoted, next)).toHaveLength(0)
    expect(await noticesOf(moved, next)).toHaveLength(0)
    expect(await noticesOf(stays, next)).toHaveLength(1)
  })

  it('an editor whose account was deleted before the e-mail goes out: none sent', async () => {
    const leaving = await person('editor', '-leaving', { categories: [catA] })
    const title = 'Bài gửi đến biên tập viên đã nghỉ'
    const id = await fileArticle(title, [catA])
    expect((await move('rest', ctx, p.reporter, id, moveData('editing'))).ok).toBe(true)
    expect(await noticesOf(leaving, id)).toHaveLength(1)
    await t.payload.delete({ collection: 'users', id: leaving.user.id, overrideAccess: true })
    // Deleting the account takes its notices with it (they name it as their recipient).
    expect(await noticesOf(leaving, id)).toHaveLength(0)
    const skipped = await runEmailJobsLoggingSkips()
    expect(smtp.to(leaving.user.email)).toHaveLength(0)
    expect(skipped).toContainEqual(
      `Notification e-mail "Bài chờ biên tập: ${title}" not sent: account ${leaving.user.id} no longer exists`,
    )
    expect(await unfinishedJobsTo(leaving.user.email)).toEqual([])
  })
})

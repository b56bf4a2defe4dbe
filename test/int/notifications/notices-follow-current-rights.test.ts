/**
 * In-admin notices follow the reader's current rights (issue 11, gap 3), on a real Payload over
 * REST and GraphQL: a queue notice written while someone was an editor of the piece's category
 * stops being readable (list, unread count, single notice, GraphQL) once they lose the editor
 * role or that category, because it names the article's title; the notices that still concern
 * them stay, and the count is taken in the database (a query constraint), so pages stay full.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { jsonCall, loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { move, moveData, type Person } from '../../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../../helpers/users'

let t: TestPayload
let api: ApiServer
let ctx: { url: string; payload: TestPayload['payload'] }
let catA: string
let catB: string
let reporter: Person

async function person(role: TestRole, suffix: string, extra = {}): Promise<Person> {
  const user = await createUser(t.payload, role, suffix, extra)
  return { user, token: await loginToken(api.url, user.email, passwordFor(role)) }
}

async function fileArticle(
  title: string,
  categories: string[],
  author = reporter,
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

/** What a person reads over REST: the list's messages, its total, the unread count. */
async function restView(who: Person) {
  const list = await jsonCall(api.url, who.token, 'GET', '/api/notifications?limit=1&depth=0')
  const all = await jsonCall(api.url, who.token, 'GET', '/api/notifications?limit=100&depth=1')
  const unread = await jsonCall(
    api.url,
    who.token,
    'GET',
    '/api/notifications/count?where[read][equals]=false',
  )
  const docs = all.json.docs as Array<{ id: string; message: string }>
  return {
    totalDocs: list.json.totalDocs as number,
    firstPage: (list.json.docs as unknown[]).length,
    messages: docs.map((d) => d.message),
    unread: unread.json.totalDocs as number,
  }
}

async function graphqlMessages(who: Person): Promise<{ messages: string[]; total: number }> {
  const res = await jsonCall(api.url, who.token, 'POST', '/api/graphql', {
    query: '{ Notifications(limit: 100) { totalDocs docs { message } } }',
  })
  const data = res.json.data as {
    Notifications: { totalDocs: number; docs: Array<{ message: string }> }
  }
  return {
    messages: data.Notifications.docs.map((d) => d.message),
    total: data.Notifications.totalDocs,
  }
}

const noticeOn = async (who: Person, article: string) =>
  (
    await t.payload.find({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: who.user.id } }, { article: { equals: article } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

beforeAll(async () => {
  t = await bootPayload('notices-rights')
  api = await startApiServer(t.payload.config)
  ctx = { url: api.url, payload: t.payload }
  const cat = async (title: string) =>
    String((await t.payload.create({ collection: 'categories', data: { title } })).id)
  catA = await cat('Xây dựng Đảng')
  catB = await cat('Kinh tế')
  reporter = await person('reporter', '-rights')
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('notices a person can read follow their current roles and categories', () => {
  it('losing the editor role hides the queue notices, not the returned ones', async () => {
    // An editor who also reports: one piece reached his queue, one of his own came back.
    const who = await person('editor', '-demoted', { roles: ['editor', 'reporter'] })
    const other = await person('editor', '-other')
    const queued = await fileArticle('Bài mật về nhân sự Đại hội', [catA])
    expect((await move('rest', ctx, reporter, queued, moveData('editing'))).ok).toBe(true)
    const ownId = await fileArticle('Bài của biên tập viên', [catB], who)
    expect((await move('rest', ctx, who, ownId, moveData('editing'))).ok).toBe(true)
    expect((await move('rest', ctx, other, ownId, moveData('returned'))).ok).toBe(true)

    const before = await restView(who)
    expect(before.messages).toContain('Bài chờ biên tập: Bài mật về nhân sự Đại hội')
    expect(before.messages.some((m) => m.startsWith('Bài bị trả lại: Bài của biên tập viên'))).toBe(
      true,
    )
    expect(before.unread).toBe(2)

    await t.payload.update({
      collection: 'users',
      id: who.user.id,
      data: { roles: ['reporter'] },
      overrideAccess: true,
    })
    const after = await restView(who)
    expect(after.messages).not.toContain('Bài chờ biên tập: Bài mật về nhân sự Đại hội')
    expect(after.messages.some((m) => m.startsWith('Bài bị trả lại: Bài của biên tập viên'))).toBe(
      true,
    )
    expect(after.unread).toBe(1)
    // Counted in the query, not filtered after paging: the first page of one is the kept one.
    expect(after.totalDocs).toBe(1)
    expect(after.firstPage).toBe(1)
    const hidden = await noticeOn(who, queued)
    const single = await jsonCall(api.url, who.token, 'GET', `/api/notifications/${hidden.id}`)
    expect(single.status).toBe(404)
    expect(JSON.stringify(single.json)).not.toContain('Bài mật')
    const marked = await jsonCall(api.url, who.token, 'PATCH', `/api/notifications/${hidden.id}`, {
      read: true,
    })
    expect([403, 404]).toContain(marked.status)
    const gql = await graphqlMessages(who)
    expect(gql.messages).not.toContain('Bài chờ biên tập: Bài mật về nhân sự Đại hội')
    expect(gql.total).toBe(1)
  })

  it('losing a category hides that category’s queue notices; the others stay', async () => {
    const who = await person('editor', '-moved', { categories: [catA, catB] })
    const inA = await fileArticle('Bài chuyên mục Xây dựng Đảng', [catA])
    const inB = await fileArticle('Bài chuyên mục Kinh tế', [catB])
    for (const id of [inA, inB])
      expect((await move('rest', ctx, reporter, id, moveData('editing'))).ok).toBe(true)
    expect((await restView(who)).unread).toBe(2)

    await t.payload.update({
      collection: 'users',
      id: who.user.id,
      data: { categories: [catB] },
      overrideAccess: true,
    })
    const after = await restView(who)
    expect(after.messages).toEqual(['Bài chờ biên tập: Bài chuyên mục Kinh tế'])
    expect(after.unread).toBe(1)
    expect(after.totalDocs).toBe(1)
    const gql = await graphqlMessages(who)
    expect(gql.messages).toEqual(['Bài chờ biên tập: Bài chuyên mục Kinh tế'])
    const single = await jsonCall(
      api.url,
      who.token,
      'GET',
      `/api/notifications/${(await noticeOn(who, inA)).id}`,
    )
    expect(single.status).toBe(404)

    // Given the category back (or all categories), the notice is theirs again.
    await t.payload.update({
      collection: 'users',
      id: who.user.id,
      data: { categories: [] },
      overrideAccess: true,
    })
    expect((await restView(who)).unread).toBe(2)
  })

  it('an approver who is only an editor now sees editing notices, not approval ones', async () => {
    const who = await person('approver', '-both', { roles: ['editor', 'approver'] })
    const editor = await person('editor', '-fwd')
    const toEdit = await fileArticle('Bài chờ sửa', [catA])
    const toApprove = await fileArticle('Bài chờ duyệt', [catA])
    for (const id of [toEdit, toApprove])
      expect((await move('rest', ctx, reporter, id, moveData('editing'))).ok).toBe(true)
    expect((await move('rest', ctx, editor, toApprove, moveData('approval'))).ok).toBe(true)
    expect((await restView(who)).messages).toEqual(
      expect.arrayContaining([
        'Bài chờ biên tập: Bài chờ sửa',
        'Bài chờ duyệt đăng: Bài chờ duyệt',
      ]),
    )
    await t.payload.update({
      collection: 'users',
      id: who.user.id,
      data: { roles: ['editor'] },
      overrideAccess: true,
    })
    const after = (await restView(who)).messages
    expect(after).toContain('Bài chờ biên tập: Bài chờ sửa')
    expect(after).not.toContain('Bài chờ duyệt đăng: Bài chờ duyệt')
  })
})

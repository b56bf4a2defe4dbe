/**
 * The stage rules beyond the table, on a real Payload over REST, GraphQL and the Local API: a
 * story's whole walk with its history, reasons and who a piece is returned to, the four-eyes
 * rule and its setting, per-category rights in lists and actions, and the server-only history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { articleIn, latest, move, moveData, type Person, REASON } from '../../../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
let ctx: { url: string; payload: TestPayload['payload'] }
const p = {} as Record<
  | 'reporter'
  | 'editor'
  | 'approver'
  | 'approver2'
  | 'admin'
  | 'scopedEditor'
  | 'scopedApprover'
  | 'both',
  Person
>
let catA: string
let catB: string

async function person(role: TestRole, suffix: string, extra = {}): Promise<Person> {
  const user = await createUser(t.payload, role, suffix, extra)
  return { user, token: await loginToken(api.url, user.email, passwordFor(role)) }
}

const rest = (who: Person | undefined, method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who?.token, method, path, body)

beforeAll(async () => {
  t = await bootPayload('stages-rules')
  api = await startApiServer(t.payload.config)
  ctx = { url: api.url, payload: t.payload }
  const cat = async (title: string) =>
    String((await t.payload.create({ collection: 'categories', data: { title } })).id)
  catA = await cat('Xây dựng Đảng')
  catB = await cat('Kinh tế')
  p.reporter = await person('reporter', '')
  p.editor = await person('editor', '')
  p.approver = await person('approver', '')
  p.approver2 = await person('approver', '2')
  p.admin = await person('admin', '')
  p.scopedEditor = await person('editor', '-a', { categories: [catA] })
  p.scopedApprover = await person('approver', '-a', { categories: [catA] })
  p.both = await person('editor', '-both', { roles: ['editor', 'approver'] })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('a story from the reporter to the public', () => {
  it('walks writing → editing → approval → published → unpublished with its history', async () => {
    const created = await rest(p.reporter, 'POST', '/api/articles?draft=true', {
      title: 'Hội nghị Ban Chấp hành Đảng bộ Khối',
      kind: 'news',
      categories: [catA],
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as Article).id
    expect((await latest(t.payload, id)).stage).toBe('writing')

    expect((await move('rest', ctx, p.reporter, id, moveData('editing'))).ok).toBe(true)
    expect((await move('graphql', ctx, p.editor, id, moveData('approval'))).ok).toBe(true)
    // Nobody sees it before the approver publishes.
    expect((await rest(undefined, 'GET', `/api/articles/${id}`)).status).toBe(404)
    const published = await move('graphql', ctx, p.approver, id, moveData('published'))
    expect(published).toMatchObject({ ok: true })
    const live = await t.payload.findByID({ collection: 'articles', id, overrideAccess: true })
    expect(live).toMatchObject({ _status: 'published', stage: 'published' })
    expect(live.publishedAt).toBeTruthy()
    const anon = await rest(undefined, 'GET', `/api/articles/${id}`)
    expect(anon.status).toBe(200)
    // Staff-only fields never reach the public.
    for (const field of ['stage', 'stageHistory', 'stageReason', 'lastEditedBy', 'returnedTo'])
      expect(anon.json).not.toHaveProperty(field)

    const noReason = await move('rest', ctx, p.approver, id, moveData('unpublished', null))
    expect(noReason).toMatchObject({ ok: false, status: 400 })
    expect(noReason.message).toContain('lý do')
    expect((await move('local', ctx, p.approver, id, moveData('unpublished'))).ok).toBe(true)
    expect((await rest(undefined, 'GET', `/api/articles/${id}`)).status).toBe(404)

    const history = (await latest(t.payload, id)).stageHistory ?? []
    expect(history.map((h) => [h.from, h.to, h.by])).toEqual([
      ['writing', 'editing', p.reporter.user.id],
      ['editing', 'approval', p.editor.user.id],
      ['approval', 'published', p.approver.user.id],
      ['published', 'unpublished', p.approver.user.id],
    ])
    expect(history.at(-1)?.reason).toBe(REASON)
    expect(history.every((h) => typeof h.at === 'string' && h.at.length > 0)).toBe(true)
    // Each move is a version of the article.
    const versions = await t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      overrideAccess: true,
      limit: 50,
    })
    const stages = versions.docs.map((v) => v.version.stage)
    for (const stage of ['editing', 'approval', 'published', 'unpublished'])
      expect(stages).toContain(stage)
  })

  it('a return needs a reason and goes back to whoever moved the piece into that stage', async () => {
    const a = await articleIn(t.payload, 'writing', p.reporter.user)
    await move('rest', ctx, p.reporter, a.id, moveData('editing'))
    const bare = await move('rest', ctx, p.editor, a.id, moveData('returned', null))
    expect(bare).toMatchObject({ ok: false, status: 400 })
    expect(bare.message).toMatch(/Cần ghi lý do/)
    expect((await move('rest', ctx, p.editor, a.id, moveData('returned'))).ok).toBe(true)
    let doc = await latest(t.payload, a.id)
    expect(doc.returnedTo).toBe(p.reporter.user.id)
    expect(doc.stageReason ?? null).toBeNull()
    expect(doc.stageHistory?.at(-1)).toMatchObject({
      from: 'editing',
      to: 'returned',
      reason: REASON,
    })
    // The reporter fixes it and sends it again; the editor forwards; the approver returns it:
    // now it goes back to the editor who forwarded it, who may send it to approval again.
    expect((await move('rest', ctx, p.reporter, a.id, moveData('editing'))).ok).toBe(true)
    expect((await move('rest', ctx, p.editor, a.id, moveData('approval'))).ok).toBe(true)
    expect((await move('rest', ctx, p.approver, a.id, moveData('returned'))).ok).toBe(true)
    doc = await latest(t.payload, a.id)
    expect(doc.returnedTo).toBe(p.editor.user.id)
    expect((await move('rest', ctx, p.editor, a.id, moveData('approval'))).ok).toBe(true)
  })

  it('editors may not publish, nor change a live article except as a draft', async () => {
    const a = await articleIn(t.payload, 'approval', p.reporter.user)
    const res = await rest(p.editor, 'PATCH', `/api/articles/${a.id}`, { _status: 'published' })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).toContain('Chỉ lãnh đạo duyệt bài hoặc quản trị được đăng bài')
    const live = await articleIn(t.payload, 'published', p.reporter.user)
    const direct = await rest(p.editor, 'PATCH', `/api/articles/${live.id}`, { title: 'Sửa thẳng' })
    expect(direct.status).toBe(403)
    const draft = await rest(p.editor, 'PATCH', `/api/articles/${live.id}?draft=true`, {
      title: 'Sửa trong bản nháp',
    })
    expect(draft.status).toBe(200)
    const anon = await rest(undefined, 'GET', `/api/articles/${live.id}`)
    expect(anon.json.title).toBe(live.title)
    // The approver publishes the change (someone else edited it last).
    expect((await move('rest', ctx, p.approver, live.id, moveData('published'))).ok).toBe(true)
    const after = await rest(undefined, 'GET', `/api/articles/${live.id}`)
    expect(after.json.title).toBe('Sửa trong bản nháp')
  })
})

describe('new pieces', () => {
  it('a duplicate of a published piece starts again in "Đang viết", without the history', async () => {
    const live = await articleIn(t.payload, 'published', p.reporter.user)
    const res = await rest(p.editor, 'POST', `/api/articles/${live.id}/duplicate?draft=true`, {})
    expect(res.status, JSON.stringify(res.json).slice(0, 300)).toBe(200)
    const copy = await latest(t.payload, String((res.json.doc as Article).id))
    expect(copy).toMatchObject({ stage: 'writing', _status: 'draft', createdBy: p.editor.user.id })
    expect(copy.stageHistory ?? []).toEqual([])
  })

  it('the author may file a new piece straight to "Chờ biên tập"; nothing further', async () => {
    const filed = await rest(p.reporter, 'POST', '/api/articles?draft=true', {
      title: 'Gửi ngay',
      kind: 'news',
      stage: 'editing',
    })
    expect(filed.status).toBe(201)
    expect((await latest(t.payload, (filed.json.doc as Article).id)).stage).toBe('editing')
    const skip = await rest(p.editor, 'POST', '/api/articles?draft=true', {
      title: 'Bỏ qua biên tập',
      kind: 'news',
      stage: 'approval',
    })
    expect(skip.status).toBe(403)
    expect(JSON.stringify(skip.json)).toContain('Không thể chuyển bài')
  })
})

describe('four-eyes rule', () => {
  it('nobody publishes a piece they wrote or edited last, on every API, until it is switched off', async () => {
    const own = await articleIn(t.payload, 'approval', p.approver.user)
    for (const which of ['rest', 'graphql', 'local'] as const) {
      const res = await move(which, ctx, p.approver, own.id, moveData('published'))
      expect(res.ok).toBe(false)
      expect(res.message).toContain('Nguyên tắc bốn mắt')
    }
    const edited = await articleIn(t.payload, 'approval', p.reporter.user)
    const edit = await rest(p.approver, 'PATCH', `/api/articles/${edited.id}?draft=true`, {
      sapo: 'Lãnh đạo sửa sa pô',
    })
    expect(edit.status).toBe(200)
    expect((await latest(t.payload, edited.id)).lastEditedBy).toBe(p.approver.user.id)
    const self = await move('rest', ctx, p.approver, edited.id, moveData('published'))
    expect(self).toMatchObject({ ok: false, status: 403 })
    expect(self.message).toContain('sửa bài này lần cuối')
    // Someone holding both roles edits and forwards: they cannot approve it themselves.
    const mixed = await articleIn(t.payload, 'editing', p.reporter.user)
    expect((await move('rest', ctx, p.both, mixed.id, moveData('approval'))).ok).toBe(true)
    expect((await move('rest', ctx, p.both, mixed.id, moveData('published'))).ok).toBe(false)
    expect((await move('rest', ctx, p.approver2, mixed.id, moveData('published'))).ok).toBe(true)
    expect((await move('rest', ctx, p.approver2, edited.id, moveData('published'))).ok).toBe(true)

    await t.payload.updateGlobal({ slug: 'site', data: { fourEyes: false } })
    try {
      expect((await move('rest', ctx, p.approver, own.id, moveData('published'))).ok).toBe(true)
    } finally {
      await t.payload.updateGlobal({ slug: 'site', data: { fourEyes: true } })
    }
  })
})

describe('per-category rights', () => {
  it('a scoped editor lists, reads and acts only on their categories (and their own)', async () => {
    const inA = await articleIn(t.payload, 'editing', p.reporter.user, { categories: [catA] })
    const inB = await articleIn(t.payload, 'editing', p.reporter.user, { categories: [catB] })
    const none = await articleIn(t.payload, 'editing', p.reporter.user)
    const pubB = await articleIn(t.payload, 'published', p.reporter.user, { categories: [catB] })
    const seen = async (who: Person) => {
      const r = await rest(who, 'GET', '/api/articles?draft=true&limit=500&depth=0')
      const g = await rest(who, 'POST', '/api/graphql', {
        query: '{ Articles(draft: true, limit: 500) { docs { id } } }',
      })
      const l = await t.payload.find({
        collection: 'articles',
        draft: true,
        limit: 500,
        depth: 0,
        user: who.user,
        overrideAccess: false,
      })
      const ids = [
        (r.json.docs as Article[]).map((d) => d.id),
        ((g.json.data as { Articles: { docs: Article[] } }).Articles.docs ?? []).map((d) => d.id),
        l.docs.map((d) => d.id),
      ]
      expect(ids[1]).toEqual(ids[0])
      expect(ids[2]).toEqual(ids[0])
      return ids[0] as string[]
    }
    const scoped = await seen(p.scopedEditor)
    expect(scoped).toContain(inA.id)
    for (const hidden of [inB.id, none.id, pubB.id]) expect(scoped).not.toContain(hidden)
    const full = await seen(p.editor)
    for (const id of [inA.id, inB.id, none.id, pubB.id]) expect(full).toContain(id)
    expect((await rest(p.scopedEditor, 'GET', `/api/articles/${inB.id}?draft=true`)).status).toBe(
      404,
    )

    expect((await move('rest', ctx, p.scopedEditor, inB.id, moveData('approval'))).ok).toBe(false)
    expect((await latest(t.payload, inB.id)).stage).toBe('editing')
    expect((await move('graphql', ctx, p.scopedEditor, inA.id, moveData('approval'))).ok).toBe(true)
    // Moving a piece out of their categories is refused with the categories they hold.
    const out = await rest(p.scopedEditor, 'PATCH', `/api/articles/${inA.id}?draft=true`, {
      categories: [catB],
    })
    expect(out.status).toBe(403)
    expect(JSON.stringify(out.json)).toContain('Xây dựng Đảng')
    // A scoped approver publishes in their category only.
    expect((await move('rest', ctx, p.scopedApprover, inA.id, moveData('published'))).ok).toBe(true)
    const approvalB = await articleIn(t.payload, 'approval', p.reporter.user, {
      categories: [catB],
    })
    expect(
      (await move('local', ctx, p.scopedApprover, approvalB.id, moveData('published'))).ok,
    ).toBe(false)
    expect((await latest(t.payload, approvalB.id))._status).toBe('draft')
  })

  it('users cannot widen their own categories or roles', async () => {
    const res = await rest(p.scopedEditor, 'PATCH', `/api/users/${p.scopedEditor.user.id}`, {
      categories: [catA, catB],
      roles: ['editor', 'approver'],
    })
    expect(res.status).toBe(200)
    const me = await t.payload.findByID({
      collection: 'users',
      id: p.scopedEditor.user.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(me.categories).toEqual([catA])
    expect(me.roles).toEqual(['editor'])
  })
})

describe('the history is written by the server only', () => {
  it('clients cannot write stageHistory, lastEditedBy or returnedTo, on any API', async () => {
    const a = await articleIn(t.payload, 'editing', p.reporter.user)
    const before = (await latest(t.payload, a.id)).stageHistory ?? []
    const forged = {
      stageHistory: [{ by: p.admin.user.id, from: 'approval', to: 'published', reason: 'giả' }],
      lastEditedBy: p.reporter.user.id,
      returnedTo: p.admin.user.id,
    }
    const r = await rest(p.admin, 'PATCH', `/api/articles/${a.id}?draft=true`, forged)
    expect(r.status).toBe(200)
    // Even trusted Local API code with overrideAccess cannot rewrite it.
    await t.payload.update({
      collection: 'articles',
      id: a.id,
      data: forged as never,
      draft: true,
      user: p.editor.user,
    })
    await rest(p.admin, 'POST', '/api/graphql', {
      query: `mutation { updateArticle(id: "${a.id}", draft: true, data: { stageHistory: [{ from: approval, to: published, reason: "giả" }] }) { id } }`,
    })
    const doc = await latest(t.payload, a.id)
    expect((doc.stageHistory ?? []).map((h) => [h.from, h.to, h.reason])).toEqual(
      before.map((h) => [h.from, h.to, h.reason]),
    )
    expect(doc.lastEditedBy).toBe(p.admin.user.id)
    expect(doc.returnedTo ?? null).toBeNull()
  })
})

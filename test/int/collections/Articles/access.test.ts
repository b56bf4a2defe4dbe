import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
const users = {} as Record<TestRole | 'reporter2', User>
const tokens = {} as Record<TestRole | 'reporter2', string>

const call = (who: keyof typeof tokens | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

async function article(
  status: 'draft' | 'published',
  owner: User,
  title: string,
): Promise<Article> {
  return t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: status, sapo: 'Tóm tắt', createdBy: owner.id },
    draft: status === 'draft',
    overrideAccess: true,
  })
}

beforeAll(async () => {
  t = await bootPayload('access')
  api = await startApiServer(t.payload.config)
  for (const role of ['admin', 'editor', 'reporter'] as const)
    users[role] = await createUser(t.payload, role)
  users.reporter2 = await createUser(t.payload, 'reporter', '2')
  for (const [key, user] of Object.entries(users)) {
    const role = (user.roles[0] ?? 'reporter') as TestRole
    tokens[key as TestRole] = await loginToken(api.url, user.email, passwordFor(role))
  }
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('anonymous readers', () => {
  it('see published articles only, without internal fields, over REST', async () => {
    const pub = await article('published', users.editor, 'Bài đã xuất bản công khai')
    const older = await article('published', users.reporter, 'Bài cũ hơn đã xuất bản')
    const draft = await article('draft', users.reporter, 'Bản nháp bí mật')
    const list = await call('anon', 'GET', '/api/articles?limit=100&depth=0')
    const docs = list.json.docs as Article[]
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining([pub.id, older.id]))
    expect(docs.map((d) => d.id)).not.toContain(draft.id)
    // Every listed document, not only the first, is published and lacks the internal fields.
    for (const doc of docs) {
      expect(doc._status, doc.title).toBe('published')
      expect(doc, doc.title).not.toHaveProperty('createdBy')
      expect(doc, doc.title).not.toHaveProperty('reviewState')
    }
    expect((await call('anon', 'GET', `/api/articles/${draft.id}`)).status).toBe(404)
    expect((await call('anon', 'GET', `/api/articles/${draft.id}?draft=true`)).status).toBe(404)
    expect((await call('anon', 'GET', `/api/articles/versions`)).status).toBe(403)
  })

  it('see published articles only over GraphQL, and no users', async () => {
    const draft = await article('draft', users.reporter, 'Nháp GraphQL')
    const res = await call('anon', 'POST', '/api/graphql', {
      query: '{ Articles(limit: 100, draft: true) { docs { id title _status } } }',
    })
    const docs = (res.json.data as { Articles: { docs: Article[] } }).Articles.docs
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.map((d) => d._status)).toEqual(docs.map(() => 'published'))
    expect(docs.map((d) => d.id)).not.toContain(draft.id)
    const usersRes = await call('anon', 'POST', '/api/graphql', {
      query: '{ Users { docs { email } } }',
    })
    expect(JSON.stringify(usersRes.json)).not.toContain('@test.vn')
    expect(usersRes.json.errors).toBeDefined()
  })

  it('cannot read users or write anything', async () => {
    expect((await call('anon', 'GET', '/api/users')).status).toBe(403)
    expect((await call('anon', 'GET', `/api/users/${users.admin.id}`)).status).toBe(403)
    expect((await call('anon', 'POST', '/api/articles', { title: 'x' })).status).toBe(403)
    expect((await call('anon', 'POST', '/api/categories', { title: 'x' })).status).toBe(403)
    expect((await call('anon', 'POST', '/api/globals/site', { name: 'x' })).status).toBe(403)
  })

  it('Local API with overrideAccess: false applies the same rule', async () => {
    const draft = await article('draft', users.reporter, 'Nháp Local API')
    const { docs } = await t.payload.find({
      collection: 'articles',
      overrideAccess: false,
      limit: 100,
      draft: true,
    })
    expect(docs.map((d) => d.id)).not.toContain(draft.id)
  })
})

describe('reporters', () => {
  it('create drafts but can never publish on create', async () => {
    const ok = await call('reporter', 'POST', '/api/articles?draft=true', {
      title: 'Tin của phóng viên',
      kind: 'news',
    })
    expect(ok.status).toBe(201)
    const doc = (ok.json as { doc: Article }).doc
    expect(doc._status).toBe('draft')
    const published = await call('reporter', 'POST', '/api/articles', {
      title: 'Xuất bản trái phép',
      _status: 'published',
    })
    expect(published.status).toBe(403)
  })

  it('edit and submit their own drafts, but not publish them by REST or GraphQL', async () => {
    const own = await article('draft', users.reporter, 'Nháp của tôi')
    const edit = await call('reporter', 'PATCH', `/api/articles/${own.id}?draft=true`, {
      sapo: 'Đã sửa',
      reviewState: 'submitted',
    })
    expect(edit.status).toBe(200)
    const publish = await call('reporter', 'PATCH', `/api/articles/${own.id}`, {
      _status: 'published',
    })
    expect(publish.status).toBe(403)
    const gql = await call('reporter', 'POST', '/api/graphql', {
      query: `mutation { updateArticles(id: "${own.id}", data: { _status: published }) { id _status } }`,
    })
    expect(gql.json.errors).toBeDefined()
    const after = await t.payload.findByID({
      collection: 'articles',
      id: own.id,
      overrideAccess: true,
      draft: true,
    })
    expect(after._status).toBe('draft')
    expect(after.reviewState).toBe('submitted')
  })

  it('cannot return a story, edit others\u2019 drafts, published articles, or delete', async () => {
    const own = await article('draft', users.reporter, 'Nháp trả lại')
    expect(
      (
        await call('reporter', 'PATCH', `/api/articles/${own.id}?draft=true`, {
          reviewState: 'returned',
        })
      ).status,
    ).toBe(403)
    const other = await article('draft', users.reporter2, 'Nháp người khác')
    expect(
      (await call('reporter', 'PATCH', `/api/articles/${other.id}?draft=true`, { sapo: 'x' }))
        .status,
    ).toBe(403)
    expect((await call('reporter', 'GET', `/api/articles/${other.id}?draft=true`)).status).toBe(404)
    const pub = await article('published', users.reporter, 'Bài đã được duyệt')
    expect(
      (await call('reporter', 'PATCH', `/api/articles/${pub.id}?draft=true`, { sapo: 'x' })).status,
    ).toBe(403)
    expect((await call('reporter', 'DELETE', `/api/articles/${own.id}`)).status).toBe(403)
  })

  it('cannot read another reporter\u2019s draft through GraphQL, only their own', async () => {
    const own = await article('draft', users.reporter, 'Nháp GraphQL của tôi')
    const other = await article('draft', users.reporter2, 'Nháp GraphQL của người khác')
    const gql = (query: string) => call('reporter', 'POST', '/api/graphql', { query })
    const one = (id: string) => gql(`{ Article(id: "${id}", draft: true) { id title } }`)
    // The same query answers for the reporter's own draft, so a refusal below is about access.
    const mine = await one(own.id)
    expect(mine.json.data).toEqual({ Article: { id: own.id, title: own.title } })
    const theirs = await one(other.id)
    expect(theirs.json.errors).toBeDefined()
    expect((theirs.json.data as { Article: unknown } | undefined)?.Article ?? null).toBeNull()
    expect(JSON.stringify(theirs.json)).not.toContain(other.title)
    const list = await gql('{ Articles(draft: true, limit: 100) { docs { id title } } }')
    const ids = (list.json.data as { Articles: { docs: Article[] } }).Articles.docs.map((d) => d.id)
    expect(ids).toContain(own.id)
    expect(ids).not.toContain(other.id)
    const versions = await gql(
      `{ versionsArticles(where: { parent: { equals: "${other.id}" } }) { docs { id version { title } } } }`,
    )
    expect(JSON.stringify(versions.json)).not.toContain(other.title)
  })

  it('are refused by the Local API when acting as themselves', async () => {
    const own = await article('draft', users.reporter, 'Nháp local')
    await expect(
      t.payload.update({
        collection: 'articles',
        id: own.id,
        data: { _status: 'published' },
        user: users.reporter,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('cannot manage users or categories', async () => {
    expect(
      (
        await call('reporter', 'POST', '/api/users', {
          email: 'x@x.vn',
          password: 'abcdefgh1',
          roles: ['admin'],
        })
      ).status,
    ).toBe(403)
    expect(
      (await call('reporter', 'PATCH', `/api/users/${users.reporter.id}`, { roles: ['admin'] }))
        .status,
    ).toBe(200)
    const me = await t.payload.findByID({
      collection: 'users',
      id: users.reporter.id,
      overrideAccess: true,
    })
    expect(me.roles).toEqual(['reporter'])
    expect((await call('reporter', 'POST', '/api/categories', { title: 'Mới' })).status).toBe(403)
    const list = await call('reporter', 'GET', '/api/users')
    expect((list.json.docs as User[]).map((u) => u.id)).toEqual([users.reporter.id])
  })
})

describe('editors and admins', () => {
  it('editors publish, unpublish, edit anyone\u2019s story and delete', async () => {
    const draft = await article('draft', users.reporter, 'Chờ biên tập')
    const pub = await call('editor', 'PATCH', `/api/articles/${draft.id}`, { _status: 'published' })
    expect(pub.status).toBe(200)
    const published = await t.payload.findByID({
      collection: 'articles',
      id: draft.id,
      overrideAccess: true,
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    const unpub = await call('editor', 'PATCH', `/api/articles/${draft.id}`, { _status: 'draft' })
    expect(unpub.status).toBe(200)
    expect((await call('anon', 'GET', `/api/articles/${draft.id}`)).status).toBe(404)
    expect((await call('editor', 'DELETE', `/api/articles/${draft.id}`)).status).toBe(200)
    expect(
      (await call('editor', 'POST', '/api/categories', { title: 'Chuyên mục mới' })).status,
    ).toBe(201)
  })

  it('only admins manage users and site settings', async () => {
    expect(
      (
        await call('editor', 'POST', '/api/users', {
          email: 'e@x.vn',
          password: 'abcdefgh1',
          roles: ['reporter'],
        })
      ).status,
    ).toBe(403)
    expect((await call('editor', 'POST', '/api/globals/site', { name: 'Đổi tên' })).status).toBe(
      403,
    )
    const created = await call('admin', 'POST', '/api/users', {
      email: 'new@x.vn',
      password: 'abcdefgh1',
      roles: ['reporter'],
    })
    expect(created.status).toBe(201)
    expect(
      (await call('admin', 'POST', '/api/globals/site', { name: 'Cổng thông tin thử nghiệm' }))
        .status,
    ).toBe(200)
  })

  it('restore an earlier version', async () => {
    const doc = await article('published', users.editor, 'Tiêu đề phiên bản một')
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: 'Tiêu đề phiên bản hai' },
      overrideAccess: true,
    })
    const versions = await call(
      'editor',
      'GET',
      `/api/articles/versions?where[parent][equals]=${doc.id}&sort=createdAt`,
    )
    const first = (versions.json.docs as Array<{ id: string; version: Article }>).find(
      (v) => v.version.title === 'Tiêu đề phiên bản một',
    )
    expect(first).toBeDefined()
    const restored = await call('editor', 'POST', `/api/articles/versions/${first!.id}`)
    expect(restored.status).toBe(200)
    const after = await t.payload.findByID({
      collection: 'articles',
      id: doc.id,
      overrideAccess: true,
    })
    expect(after.title).toBe('Tiêu đề phiên bản một')
  })
})

/**
 * Per-category rights on a piece whose category came with a draft save (found by the e2e
 * "week" walk, test/e2e/newsroom-week.test.ts): in the admin a reporter's first keystroke
 * creates the article and the category picked afterwards arrives by autosave, which Payload
 * writes only as a new version. The access functions' category scope reads the main row, so the
 * editor of that category could list the piece but neither open, edit nor move it (404
 * "Không tìm thấy"). Over real HTTP, as the admin does it: a draft created bare, then a draft
 * save with the category.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { refIds } from '@/collections/Articles/stages/ids'
import type { Article, Category, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
const people = {} as Record<'reporter' | 'editorA' | 'editorB', User>
const tokens = {} as Record<keyof typeof people, string>
const cat = {} as Record<'a' | 'b', Category>

const call = (who: keyof typeof people, method: string, path: string, body?: unknown) =>
  jsonCall(api.url, tokens[who], method, path, body)

beforeAll(async () => {
  t = await bootPayload('draft-category-scope')
  api = await startApiServer(t.payload.config)
  for (const key of ['a', 'b'] as const)
    cat[key] = await t.payload.create({
      collection: 'categories',
      data: { title: `Chuyên mục ${key.toUpperCase()}` },
      overrideAccess: true,
    })
  people.reporter = await createUser(t.payload, 'reporter')
  people.editorA = await createUser(t.payload, 'editor', '-a', { categories: [cat.a.id] })
  people.editorB = await createUser(t.payload, 'editor', '-b', { categories: [cat.b.id] })
  for (const [key, user] of Object.entries(people))
    tokens[key as keyof typeof people] = await loginToken(
      api.url,
      user.email,
      passwordFor(key === 'reporter' ? 'reporter' : 'editor'),
    )
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('a category given by a draft save', () => {
  let id = ''

  beforeAll(async () => {
    const created = await call('reporter', 'POST', '/api/articles?draft=true', {
      title: 'Bài viết trong quản trị',
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    id = (created.json.doc as Article).id
    const saved = await call('reporter', 'PATCH', `/api/articles/${id}?draft=true`, {
      categories: [cat.a.id],
      stage: 'editing',
    })
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
  })

  it('lets the editor of that category open and forward the piece', async () => {
    const read = await call('editorA', 'GET', `/api/articles/${id}?draft=true&depth=0`)
    expect(read.status, JSON.stringify(read.json)).toBe(200)
    expect((read.json as unknown as Article).stage).toBe('editing')
    const moved = await call('editorA', 'PATCH', `/api/articles/${id}?draft=true`, {
      stage: 'approval',
    })
    expect(moved.status, JSON.stringify(moved.json)).toBe(200)
  })

  it('still keeps it from the editor of another category', async () => {
    const read = await call('editorB', 'GET', `/api/articles/${id}?draft=true&depth=0`)
    expect(read.status).toBe(404)
    const list = await call('editorB', 'GET', '/api/articles?draft=true&depth=0&limit=100')
    expect((list.json.docs as Article[]).map((d) => d.id)).not.toContain(id)
  })

  it('follows the draft when a category is added before publication', async () => {
    const added = await call('editorA', 'PATCH', `/api/articles/${id}?draft=true`, {
      categories: [cat.a.id, cat.b.id],
    })
    expect(added.status, JSON.stringify(added.json)).toBe(200)
    const read = await call('editorB', 'GET', `/api/articles/${id}?draft=true&depth=0`)
    expect(read.status, JSON.stringify(read.json)).toBe(200)
  })

  /*
   * The hook reads the article's main row only when a save changes the categories: an autosave
   * that touches only the text makes one database read of the article fewer than one that
   * changes the categories (both go through Payload's own reads of the article, counted alike).
   */
  it('does not read the main row again on an autosave that keeps the categories', async () => {
    const articleReads = async (data: Partial<Article>): Promise<number> => {
      const spy = vi.spyOn(t.payload.db, 'findOne')
      try {
        await t.payload.update({
          collection: 'articles',
          id,
          data,
          draft: true,
          autosave: true,
          user: people.editorA,
          overrideAccess: false,
        })
        return spy.mock.calls.filter(([args]) => args.collection === 'articles').length
      } finally {
        spy.mockRestore()
      }
    }
    const unchanged = await articleReads({ title: 'Bài viết trong quản trị, sửa câu chữ' })
    const changed = await articleReads({ categories: [cat.a.id] })
    expect(unchanged).toBe(changed - 1)
    const stored = await t.payload.findByID({
      collection: 'articles',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(refIds(stored.categories)).toEqual([cat.a.id])
  })
})

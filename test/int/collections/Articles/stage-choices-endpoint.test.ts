/**
 * Review (issue 11): `GET /api/articles/stage-choices?id=…`, which the stage field asks after each
 * save, over real HTTP. It must answer only signed-in staff, only about articles they may read
 * (a reporter about another's draft, a category-limited editor about another category's piece:
 * the same 404 as an id that does not exist, so it probes nothing), and never fail on a forged id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { articleIn } from '../../../helpers/stages'
import { createUser, passwordFor } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
let reporterToken: string
let editorAToken: string
let own: Article
let othersDraft: Article
let inB: Article

const ask = (token: string | undefined, id?: string) =>
  jsonCall(
    api.url,
    token,
    'GET',
    `/api/articles/stage-choices${id === undefined ? '' : `?id=${encodeURIComponent(id)}`}`,
  )

beforeAll(async () => {
  t = await bootPayload('stage-choices-endpoint')
  api = await startApiServer(t.payload.config)
  const category = (title: string, slug: string) =>
    t.payload.create({ collection: 'categories', data: { title, slug }, overrideAccess: true })
  const a = await category('Xây dựng Đảng', 'xay-dung-dang')
  const b = await category('Kinh tế', 'kinh-te')
  const reporter = await createUser(t.payload, 'reporter', '-sc')
  const other: User = await createUser(t.payload, 'reporter', '-sc-other')
  await createUser(t.payload, 'editor', '-sc-a', { categories: [String(a.id)] })
  own = await articleIn(t.payload, 'writing', reporter)
  othersDraft = await articleIn(t.payload, 'editing', other)
  inB = await articleIn(t.payload, 'editing', other, { categories: [b.id] })
  reporterToken = await loginToken(api.url, reporter.email, passwordFor('reporter'))
  editorAToken = await loginToken(api.url, 'editor-sc-a@test.vn', passwordFor('editor'))
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('GET /api/articles/stage-choices', () => {
  it('answers nobody signed out', async () => {
    expect((await ask(undefined, String(own.id))).status).toBe(401)
    expect((await ask(undefined)).status).toBe(401)
  })

  it("offers a reporter their own draft's moves", async () => {
    const res = await ask(reporterToken, String(own.id))
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ current: 'writing', choices: ['writing', 'editing'] })
  })

  it('tells a reporter nothing about a draft they may not read (as for no article at all)', async () => {
    const hidden = await ask(reporterToken, String(othersDraft.id))
    const missing = await ask(reporterToken, '987654321')
    expect(hidden).toEqual(missing)
    expect(hidden.status).toBe(404)
    expect(JSON.stringify(hidden.json)).not.toContain(othersDraft.title)
  })

  it("tells a category-limited editor nothing about another category's piece", async () => {
    const res = await ask(editorAToken, String(inB.id))
    expect(res.status).toBe(404)
    expect(JSON.stringify(res.json)).not.toMatch(/editing|approval/)
  })

  it('answers a forged id with a 4xx, and keeps serving', async () => {
    for (const id of ['abc', "1' OR '1'='1", '-1', '1e400', 'x'.repeat(5000), '']) {
      const res = await ask(reporterToken, id)
      expect(res.status, `id=${id.slice(0, 20)}`).toBeGreaterThanOrEqual(200)
      expect(res.status, `id=${id.slice(0, 20)}`).toBeLessThan(500)
    }
    expect((await ask(reporterToken, String(own.id))).status).toBe(200)
  })
})

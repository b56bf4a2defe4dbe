/**
 * Crafted `stage` / `_status` combinations (save-mode.ts keeps `stage: 'unpublished'` with
 * `_status: 'published'` a publish attempt): none of them lets anyone but an approver (or admin)
 * publish, over REST (live, draft, autosave) and GraphQL, and an approver publishes only from
 * "Chờ duyệt đăng".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Stage } from '@/collections/Articles/stages/stages'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { articleIn, latest } from '../../../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer

beforeAll(async () => {
  t = await bootPayload('publish-crafted-stage')
  api = await startApiServer(t.payload.config)
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

const live = (id: string) =>
  t.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })

const QUERIES = ['', '?draft=true', '?draft=true&autosave=true']
const STAGE_VALUES = ['unpublished', 'published', 'approval', 'writing']

describe('crafted stage and _status combinations', () => {
  it('never publish for a reporter or an editor (author included), on any API', async () => {
    let n = 0
    for (const role of ['reporter', 'editor'] as TestRole[]) {
      const person = await createUser(t.payload, role, `-craft-${role}`)
      const token = await loginToken(api.url, person.email, passwordFor(role))
      for (const from of ['writing', 'editing', 'approval', 'unpublished', 'returned'] as Stage[]) {
        for (const stage of STAGE_VALUES) {
          for (const q of QUERIES) {
            const article = await articleIn(t.payload, from, person)
            const res = await jsonCall(api.url, token, 'PATCH', `/api/articles/${article.id}${q}`, {
              stage,
              stageReason: 'x',
              _status: 'published',
            })
            expect(res.status, `${role} ${from} ${stage} ${q}`).toBeGreaterThanOrEqual(400)
            expect((await live(article.id))._status).not.toBe('published')
            expect((await latest(t.payload, article.id)).stage).toBe(from)
            n++
          }
          const article = await articleIn(t.payload, from, person)
          const gql = await jsonCall(api.url, token, 'POST', '/api/graphql', {
            query: `mutation { updateArticle(id: "${article.id}", draft: true, data: { stage: ${stage}, stageReason: "x", _status: published }) { id } }`,
          })
          expect((gql.json.errors as unknown[] | undefined)?.length ?? 0).toBeGreaterThan(0)
          expect((await live(article.id))._status).not.toBe('published')
        }
      }
    }
    expect(n).toBeGreaterThan(50)
  }, 600_000)

  it('lets an approver publish only from "Chờ duyệt đăng", whatever stage is sent', async () => {
    const approver = await createUser(t.payload, 'approver', '-craft-ap')
    const token = await loginToken(api.url, approver.email, passwordFor('approver'))
    const reporter = await createUser(t.payload, 'reporter', '-craft-ap-r')
    for (const from of ['writing', 'editing', 'returned', 'unpublished'] as Stage[])
      for (const stage of STAGE_VALUES) {
        const article = await articleIn(t.payload, from, reporter)
        const res = await jsonCall(api.url, token, 'PATCH', `/api/articles/${article.id}`, {
          stage,
          stageReason: 'x',
          _status: 'published',
        })
        expect(res.status, `${from} ${stage}`).toBeGreaterThanOrEqual(400)
        expect((await live(article.id))._status).not.toBe('published')
      }
    const article = await articleIn(t.payload, 'approval', reporter)
    const res = await jsonCall(api.url, token, 'PATCH', `/api/articles/${article.id}`, {
      stage: 'unpublished',
      _status: 'published',
    })
    expect(res.status).toBe(200)
    expect((await live(article.id)).stage).toBe('published')
  }, 600_000)
})

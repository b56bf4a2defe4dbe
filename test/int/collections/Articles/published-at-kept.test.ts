/**
 * Review (issue 11): publishing fills in `publishedAt` only when the article has none. The royalty
 * month follows that date and staff may set it by hand; a publish that does not send the date
 * (an approver's REST or GraphQL PATCH of `_status` alone, as the README's API contract describes,
 * or re-publishing a live article's edits) must keep the one the article already has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { articleIn } from '../../../helpers/stages'
import { createUser, passwordFor } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
let reporter: User
let approverToken: string

const HAND_SET = '2026-10-31T09:30:00.000Z'

const stored = async (id: string | number) =>
  (await t.payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true }))
    .publishedAt

beforeAll(async () => {
  t = await bootPayload('published-at-kept')
  api = await startApiServer(t.payload.config)
  reporter = await createUser(t.payload, 'reporter', '-pk')
  const approver = await createUser(t.payload, 'approver', '-pk')
  approverToken = await loginToken(api.url, approver.email, passwordFor('approver'))
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('publishedAt when publishing with `_status` alone', () => {
  it('keeps the date set by hand on the draft', async () => {
    const article = await articleIn(t.payload, 'approval', reporter, { publishedAt: HAND_SET })
    const res = await jsonCall(api.url, approverToken, 'PATCH', `/api/articles/${article.id}`, {
      _status: 'published',
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(await stored(article.id)).toBe(HAND_SET)
  })

  it("keeps a live article's date when its edits are published again", async () => {
    const article = await articleIn(t.payload, 'published', reporter, { publishedAt: HAND_SET })
    const res = await jsonCall(api.url, approverToken, 'PATCH', `/api/articles/${article.id}`, {
      _status: 'published',
      sapo: 'Sửa lỗi chính tả.',
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(await stored(article.id)).toBe(HAND_SET)
  })

  it('fills in the date when the article has none', async () => {
    const article = await articleIn(t.payload, 'approval', reporter)
    const before = Date.now()
    const res = await jsonCall(api.url, approverToken, 'PATCH', `/api/articles/${article.id}`, {
      _status: 'published',
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(Date.parse(String(await stored(article.id)))).toBeGreaterThanOrEqual(before - 1000)
  })
})

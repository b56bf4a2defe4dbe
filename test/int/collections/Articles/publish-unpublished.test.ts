/**
 * "Xuất bản tài liệu" on an unpublished article ("Gỡ bài"): the admin's form sends the current
 * stage with the publish, `{ stage: 'unpublished', _status: 'published' }`. That save used to be
 * turned into a plain save of the live document, so the approver saw it succeed while nothing
 * was published, and an admin could never publish the piece again (found by the browser walk,
 * test/e2e/stage-table-admin.test.ts). It must be a publish attempt, judged by the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { articleIn, latest } from '../../../helpers/stages'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer

const tokenOf = async (role: TestRole) => {
  const user = await createUser(t.payload, role, '-gobai')
  return { user, token: await loginToken(api.url, user.email, passwordFor(role)) }
}

beforeAll(async () => {
  t = await bootPayload('publish-unpublished')
  api = await startApiServer(t.payload.config)
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

const live = (id: string) =>
  t.payload.findByID({ collection: 'articles', id, overrideAccess: true, depth: 0 })

describe('publishing an unpublished article the way the admin form does', () => {
  it('is refused to an approver with the table’s message, and nothing changes', async () => {
    const approver = await tokenOf('approver')
    const reporter = await createUser(t.payload, 'reporter', '-gobai-a')
    const article = await articleIn(t.payload, 'unpublished', reporter)
    const res = await jsonCall(api.url, approver.token, 'PATCH', `/api/articles/${article.id}`, {
      stage: 'unpublished',
      _status: 'published',
    })
    expect(res.status).toBe(403)
    const errors = res.json.errors as Array<{ message: string }>
    expect(errors[0]?.message).toContain('chỉ quản trị được làm')
    expect((await live(article.id))._status).toBe('draft')
    expect((await latest(t.payload, article.id)).stage).toBe('unpublished')
  })

  it('publishes it for an admin, who may make any move', async () => {
    const admin = await tokenOf('admin')
    const reporter = await createUser(t.payload, 'reporter', '-gobai-b')
    const article = await articleIn(t.payload, 'unpublished', reporter)
    const res = await jsonCall(api.url, admin.token, 'PATCH', `/api/articles/${article.id}`, {
      stage: 'unpublished',
      _status: 'published',
    })
    expect(res.status).toBe(200)
    const doc = await live(article.id)
    expect(doc._status).toBe('published')
    expect(doc.stage).toBe('published')
  })
})

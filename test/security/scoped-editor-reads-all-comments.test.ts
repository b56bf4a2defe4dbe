// Attack: an editor limited to one section ("Ban biên tập chuyên mục Kinh tế") reads, approves
// or deletes every pending reader comment on the portal, and the readers' contacts with them,
// through the comments list, REST, GraphQL and the desk's "Bình luận chờ duyệt" box. Comment
// moderation must follow the article's categories like the articles themselves; questions to
// the body have no article, so they are for editors and approvers who are not limited.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Comment } from '@/payload-types'

import { jsonCall, loginToken } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { articleIn } from '../helpers/stages'
import { createUser, passwordFor } from '../helpers/users'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
const suffix = Date.now().toString(36)
let scopedToken: string
let editorToken: string
let inScope: Comment
let outOfScope: Comment
let questionId: string
let economyArticle: Article
let politicsArticle: Article

const pendingComment = async (article: Article, text: string) =>
  payload.create({
    collection: 'comments',
    data: { article: article.id, name: 'Bạn đọc', contact: 'a@vidu.vn', text, status: 'pending' },
    overrideAccess: true,
  })

const ids = (json: Record<string, unknown>) =>
  ((json.docs as Array<{ id: string }> | undefined) ?? []).map((d) => String(d.id))

const gqlComments = async (token: string) => {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ query: '{ Comments(limit: 100) { docs { id text } } }' }),
  })
  return res.text()
}

const desk = async (token: string) =>
  (await fetch(`${server.url}/admin`, { headers: { cookie: `payload-token=${token}` } })).text()

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_API: '100000', RATE_LIMIT_LOGIN: '1000' })
  payload = server.payload
  const category = async (title: string) =>
    String(
      (
        await payload.create({
          collection: 'categories',
          data: { title: `${title} ${suffix}` },
          overrideAccess: true,
        })
      ).id,
    )
  const economy = await category('Kinh tế')
  const politics = await category('Chính trị')
  const scoped = await createUser(payload, 'editor', `-scoped${suffix}`, { categories: [economy] })
  const editor = await createUser(payload, 'editor', `-all${suffix}`)
  scopedToken = await loginToken(server.url, scoped.email, passwordFor('editor'))
  editorToken = await loginToken(server.url, editor.email, passwordFor('editor'))
  const author = await createUser(payload, 'reporter', `-author${suffix}`)
  economyArticle = await articleIn(payload, 'published', author, { categories: [economy] })
  politicsArticle = await articleIn(payload, 'published', author, { categories: [politics] })
  inScope = await pendingComment(economyArticle, `Ý kiến kinh tế ${suffix}`)
  outOfScope = await pendingComment(politicsArticle, `Ý kiến chính trị ${suffix}`)
  questionId = String(
    (
      await payload.create({
        collection: 'questions',
        data: {
          name: 'Bạn đọc',
          contact: 'a@vidu.vn',
          question: `Câu hỏi gửi cơ quan ${suffix}`,
          status: 'pending',
        },
        overrideAccess: true,
      })
    ).id,
  )
})

afterAll(async () => {
  await server?.close()
})

describe('comment moderation follows the article’s categories', () => {
  it('lists, counts and opens only the comments on the scoped editor’s categories', async () => {
    const list = await jsonCall(server.url, scopedToken, 'GET', '/api/comments?limit=100')
    expect(list.status).toBe(200)
    expect(ids(list.json)).toContain(inScope.id)
    expect(ids(list.json)).not.toContain(outOfScope.id)
    const count = await jsonCall(server.url, scopedToken, 'GET', '/api/comments/count')
    expect(count.json.totalDocs).toBe(ids(list.json).length)
    const one = await jsonCall(server.url, scopedToken, 'GET', `/api/comments/${outOfScope.id}`)
    expect([403, 404]).toContain(one.status)
    const gql = await gqlComments(scopedToken)
    expect(gql).toContain(`Ý kiến kinh tế ${suffix}`)
    expect(gql).not.toContain(`Ý kiến chính trị ${suffix}`)
  })

  it('lets the scoped editor neither approve nor delete a comment elsewhere', async () => {
    const approve = await jsonCall(
      server.url,
      scopedToken,
      'PATCH',
      `/api/comments/${outOfScope.id}`,
      { status: 'approved' },
    )
    expect([403, 404]).toContain(approve.status)
    const bulk = await jsonCall(
      server.url,
      scopedToken,
      'PATCH',
      `/api/comments?where[id][equals]=${outOfScope.id}`,
      { status: 'approved' },
    )
    expect(bulk.status).toBeLessThan(500)
    const del = await jsonCall(server.url, scopedToken, 'DELETE', `/api/comments/${outOfScope.id}`)
    expect([403, 404]).toContain(del.status)
    const after = await payload.findByID({
      collection: 'comments',
      id: outOfScope.id,
      overrideAccess: true,
    })
    expect(after.status).toBe('pending')
    const own = await jsonCall(server.url, scopedToken, 'PATCH', `/api/comments/${inScope.id}`, {
      status: 'rejected',
    })
    expect(own.status).toBe(200)
    await payload.update({
      collection: 'comments',
      id: inScope.id,
      data: { status: 'pending' },
      overrideAccess: true,
    })
  })

  it('shows the scoped editor’s desk only their pending comments', async () => {
    // Fresh ones, pending whatever the tests above did.
    await pendingComment(economyArticle, `Bàn làm việc kinh tế ${suffix}`)
    await pendingComment(politicsArticle, `Bàn làm việc chính trị ${suffix}`)
    const html = await desk(scopedToken)
    expect(html).toContain(`Bàn làm việc kinh tế ${suffix}`)
    expect(html).not.toContain(`Bàn làm việc chính trị ${suffix}`)
    expect(await desk(editorToken)).toContain(`Bàn làm việc chính trị ${suffix}`)
  })

  it('leaves questions (no article) to editors who are not limited to categories', async () => {
    const scoped = await jsonCall(server.url, scopedToken, 'GET', '/api/questions?limit=100')
    expect(ids(scoped.json)).not.toContain(questionId)
    const editor = await jsonCall(server.url, editorToken, 'GET', '/api/questions?limit=100')
    expect(ids(editor.json)).toContain(questionId)
  })

  it('still shows an editor who is not limited every comment', async () => {
    const list = await jsonCall(server.url, editorToken, 'GET', '/api/comments?limit=100')
    expect(ids(list.json)).toEqual(expect.arrayContaining([inScope.id, outOfScope.id]))
    const html = await desk(editorToken)
    expect(html).toContain(`Ý kiến chính trị ${suffix}`)
  })
})

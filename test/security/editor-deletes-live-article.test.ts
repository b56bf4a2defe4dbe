/**
 * Attack: a compromised editor account deletes published articles, taking live pieces off the
 * site with no reason and no approver (a live piece comes down only by "Gỡ bài", with a reason,
 * by an approver). Editors now delete only articles that are not published, as with pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let editor: Staff
let approver: Staff

beforeAll(async () => {
  server = await startProductionServer()
  editor = await staffMember(server.payload, server.url, 'editor')
  approver = await staffMember(server.payload, server.url, 'approver')
})

afterAll(async () => {
  await server?.close()
})

const article = (title: string, status: 'draft' | 'published') =>
  server.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: status, sapo: 'Tóm tắt' },
    draft: status === 'draft',
    overrideAccess: true,
  })

const stillThere = async (id: number | string) =>
  (
    await server.payload.find({
      collection: 'articles',
      where: { id: { equals: id } },
      overrideAccess: true,
    })
  ).totalDocs === 1

describe('an editor deleting a published article', () => {
  it('is refused over REST, one by one and in bulk, and the piece stays on the site', async () => {
    const live = await article('Bài đang đăng trên cổng', 'published')
    const one = await jsonCall(server.url, editor.token, 'DELETE', `/api/articles/${live.id}`)
    expect(one.status).toBeGreaterThanOrEqual(400)
    const bulk = await jsonCall(
      server.url,
      editor.token,
      'DELETE',
      `/api/articles?where[id][equals]=${live.id}`,
    )
    expect((bulk.json.docs as unknown[] | undefined) ?? []).toEqual([])
    expect(await stillThere(live.id)).toBe(true)
    const page = await fetch(`${server.url}/api/articles/${live.id}`)
    expect(page.status).toBe(200)
  })

  it('is refused over GraphQL, where an approver may do it', async () => {
    const live = await article('Bài đang đăng, xóa qua GraphQL', 'published')
    const refused = await graphql(
      server.url,
      editor,
      `mutation { deleteArticle(id: "${live.id}") { id } }`,
    )
    expect(refused.errors.length).toBeGreaterThan(0)
    expect(await stillThere(live.id)).toBe(true)
    // The same mutation works for an approver, so the refusal above is the rule, not a typo.
    const done = await graphql(
      server.url,
      approver,
      `mutation { deleteArticle(id: "${live.id}") { id } }`,
    )
    expect(done.errors).toEqual([])
    expect(await stillThere(live.id)).toBe(false)
  })

  it('still lets an editor delete a draft and an approver delete a published piece', async () => {
    const draft = await article('Bản nháp sẽ xóa', 'draft')
    const del = await jsonCall(server.url, editor.token, 'DELETE', `/api/articles/${draft.id}`)
    expect(del.status).toBe(200)
    expect(await stillThere(draft.id)).toBe(false)
    const live = await article('Bài đăng sẽ được lãnh đạo xóa', 'published')
    const byApprover = await jsonCall(
      server.url,
      approver.token,
      'DELETE',
      `/api/articles/${live.id}`,
    )
    expect(byApprover.status).toBe(200)
    expect(await stillThere(live.id)).toBe(false)
  })
})

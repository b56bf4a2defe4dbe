/**
 * Attack (or accident): deleting an author, category or tag used to cascade through the relation
 * tables and silently strip it from every article and saved version. Now the delete is refused,
 * in Vietnamese, naming what still uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let editor: Staff

beforeAll(async () => {
  server = await startProductionServer()
  editor = await staffMember(server.payload, server.url, 'editor')
})

afterAll(async () => {
  await server?.close()
})

const messageOf = (json: Record<string, unknown>) =>
  ((json.errors as Array<{ message: string }> | undefined) ?? []).map((e) => e.message).join(' ')

async function taxonomy() {
  const p = server.payload
  const tag = await p.create({
    collection: 'tags',
    data: { name: `Thẻ ${Date.now()}` },
    overrideAccess: true,
  })
  const author = await p.create({
    collection: 'authors',
    data: { name: `Tác giả ${Date.now()}` },
    overrideAccess: true,
  })
  const category = await p.create({
    collection: 'categories',
    data: { title: `Mục ${Date.now()}` },
    overrideAccess: true,
  })
  return { tag, author, category }
}

describe('deleting what articles use', () => {
  it('is refused for a tag, an author and a category, naming the article', async () => {
    const { tag, author, category } = await taxonomy()
    const article = await server.payload.create({
      collection: 'articles',
      data: {
        title: 'Hội nghị sơ kết',
        kind: 'news',
        _status: 'published',
        tags: [tag.id],
        authors: [author.id],
        categories: [category.id],
      },
      overrideAccess: true,
    })
    for (const [collection, id] of [
      ['tags', tag.id],
      ['authors', author.id],
      ['categories', category.id],
    ] as const) {
      const res = await jsonCall(server.url, editor.token, 'DELETE', `/api/${collection}/${id}`)
      expect(res.status).toBe(409)
      expect(messageOf(res.json)).toContain('Không thể xóa')
      expect(messageOf(res.json)).toContain('Hội nghị sơ kết')
    }
    const gql = await graphql(server.url, editor, `mutation { deleteTag(id: "${tag.id}") { id } }`)
    expect(gql.errors.join(' ')).toContain('Không thể xóa')
    const after = await server.payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(after.tags).toEqual([tag.id])
    expect(after.authors).toEqual([author.id])
    expect(after.categories).toEqual([category.id])
  })

  it('is refused while only a saved version still uses the tag', async () => {
    const { tag } = await taxonomy()
    const article = await server.payload.create({
      collection: 'articles',
      data: { title: 'Bài có lịch sử', kind: 'news', _status: 'published', tags: [tag.id] },
      overrideAccess: true,
    })
    await server.payload.update({
      collection: 'articles',
      id: article.id,
      data: { tags: [] },
      overrideAccess: true,
    })
    const res = await jsonCall(server.url, editor.token, 'DELETE', `/api/tags/${tag.id}`)
    expect(res.status).toBe(409)
    expect(messageOf(res.json)).toContain('phiên bản')
  })

  it('is allowed for an unused tag', async () => {
    const { tag } = await taxonomy()
    expect((await jsonCall(server.url, editor.token, 'DELETE', `/api/tags/${tag.id}`)).status).toBe(
      200,
    )
  })
})

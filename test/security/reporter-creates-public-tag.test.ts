/**
 * Attack: a reporter account creates tags or authors, which used to get public pages and
 * sitemap entries at once, without any editor seeing them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let reporter: Staff

beforeAll(async () => {
  server = await startProductionServer()
  reporter = await staffMember(server.payload, server.url, 'reporter')
})

afterAll(async () => {
  await server?.close()
})

const statusOf = async (path: string) => (await fetch(`${server.url}${path}`)).status
/** The sitemap index and every page it lists, as one text (entries sit on the pages). */
const sitemap = async () => {
  const index = await (await fetch(`${server.url}/sitemap.xml`)).text()
  const pages = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string)
  const texts = await Promise.all(pages.map(async (loc) => (await fetch(loc)).text()))
  return [index, ...texts].join('\n')
}

describe('tags and authors', () => {
  it('cannot be created by a reporter, over REST or GraphQL', async () => {
    const tag = await jsonCall(server.url, reporter.token, 'POST', '/api/tags', {
      name: 'Quảng cáo lậu',
    })
    expect(tag.status).toBe(403)
    const author = await jsonCall(server.url, reporter.token, 'POST', '/api/authors', {
      name: 'Tác giả giả',
    })
    expect(author.status).toBe(403)
    const gqlTag = await graphql(
      server.url,
      reporter,
      'mutation { createTag(data: { name: "Lậu" }) { id } }',
    )
    expect(gqlTag.errors.length).toBeGreaterThan(0)
    const gqlAuthor = await graphql(
      server.url,
      reporter,
      'mutation { createAuthor(data: { name: "Giả mạo" }) { id } }',
    )
    expect(gqlAuthor.errors.length).toBeGreaterThan(0)
    const { totalDocs } = await server.payload.count({ collection: 'tags', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('have no public page or sitemap entry until a published article uses them', async () => {
    const tag = await server.payload.create({
      collection: 'tags',
      data: { name: 'Chuyển đổi số chưa dùng' },
      overrideAccess: true,
    })
    const author = await server.payload.create({
      collection: 'authors',
      data: { name: 'Nguyễn Chưa Đăng' },
      overrideAccess: true,
    })
    await server.payload.create({
      collection: 'articles',
      data: {
        title: 'Nháp có thẻ',
        kind: 'news',
        _status: 'draft',
        tags: [tag.id],
        authors: [author.id],
      },
      draft: true,
      overrideAccess: true,
    })
    expect(await statusOf(`/the/${tag.slug}`)).toBe(404)
    expect(await statusOf(`/tac-gia/${author.slug}`)).toBe(404)
    let xml = await sitemap()
    expect(xml).not.toContain(`/the/${tag.slug}<`)
    expect(xml).not.toContain(`/tac-gia/${author.slug}<`)

    await server.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài đã đăng có thẻ',
        kind: 'news',
        _status: 'published',
        tags: [tag.id],
        authors: [author.id],
      },
      overrideAccess: true,
    })
    expect(await statusOf(`/the/${tag.slug}`)).toBe(200)
    expect(await statusOf(`/tac-gia/${author.slug}`)).toBe(200)
    xml = await sitemap()
    expect(xml).toContain(`/the/${tag.slug}<`)
    expect(xml).toContain(`/tac-gia/${author.slug}<`)
  })
})

/**
 * Attack: an anonymous visitor lists, reads by id or counts tags and authors that no published
 * article uses (a tag made for an embargoed draft, a byline not yet credited), over REST and
 * GraphQL, although their pages and sitemap entries are hidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Author, Tag } from '@/payload-types'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let editor: Staff
let usedTag: Tag
let usedAuthor: Author
let draftTag: Tag
let unusedAuthor: Author
let draftId: string

beforeAll(async () => {
  server = await startProductionServer()
  editor = await staffMember(server.payload, server.url, 'editor')
  const tag = (name: string) =>
    server.payload.create({ collection: 'tags', data: { name }, overrideAccess: true })
  const author = (name: string) =>
    server.payload.create({ collection: 'authors', data: { name }, overrideAccess: true })
  usedTag = await tag('Chuyển đổi số')
  draftTag = await tag('Nhân sự khóa mới (giữ kín)')
  usedAuthor = await author('Minh Yến')
  unusedAuthor = await author('Tác Giả Chưa Đăng')
  await server.payload.create({
    collection: 'articles',
    data: {
      title: 'Tin đã đăng',
      kind: 'news',
      _status: 'published',
      tags: [usedTag.id],
      authors: [usedAuthor.id],
    },
    overrideAccess: true,
  })
  const draft = await server.payload.create({
    collection: 'articles',
    data: { title: 'Bản nháp giữ kín', kind: 'news', _status: 'draft', tags: [draftTag.id] },
    draft: true,
    overrideAccess: true,
  })
  draftId = draft.id
})

afterAll(async () => {
  await server?.close()
})

const ids = (docs: unknown) => (docs as Array<{ id: string }>).map((d) => d.id)

/** What an anonymous visitor (or `who`) sees of one collection over REST and over GraphQL. */
async function seen(collection: 'tags' | 'authors', hidden: string, who?: Staff) {
  const list = await jsonCall(server.url, who?.token, 'GET', `/api/${collection}?limit=100`)
  const byId = await jsonCall(server.url, who?.token, 'GET', `/api/${collection}/${hidden}`)
  const count = await jsonCall(server.url, who?.token, 'GET', `/api/${collection}/count`)
  const [single, plural] = collection === 'tags' ? ['Tag', 'Tags'] : ['Author', 'Authors']
  const gql = await graphql(
    server.url,
    who,
    `{ ${plural}(limit: 100) { docs { id name } totalDocs }
       ${single}(id: "${hidden}") { id name }
       count${plural} { totalDocs } }`,
  )
  const data = (gql.data ?? {}) as Record<
    string,
    { id?: string; docs?: unknown; totalDocs?: number } | null
  >
  return {
    rest: ids(list.json.docs),
    restById: byId.status,
    restCount: count.json.totalDocs as number,
    gql: ids(data[plural]?.docs ?? []),
    gqlById: data[single]?.id ?? null,
    gqlCount: data[`count${plural}`]?.totalDocs,
  }
}

function expectHidden(view: Awaited<ReturnType<typeof seen>>, hidden: string, shown: string) {
  expect(view.rest).toContain(shown)
  expect(view.rest).not.toContain(hidden)
  expect(view.restById).toBe(404)
  expect(view.restCount).toBe(view.rest.length)
  expect(view.gql).toContain(shown)
  expect(view.gql).not.toContain(hidden)
  expect(view.gqlById).toBeNull()
  expect(view.gqlCount).toBe(view.gql.length)
}

function expectShown(view: Awaited<ReturnType<typeof seen>>, hidden: string) {
  expect(view.rest).toContain(hidden)
  expect(view.restById).toBe(200)
  expect(view.restCount).toBe(view.rest.length)
  expect(view.gql).toContain(hidden)
  expect(view.gqlById).toBe(hidden)
  expect(view.gqlCount).toBe(view.gql.length)
}

describe('anonymous readers and unused tags and authors', () => {
  it('do not see a tag only a draft uses, over REST and GraphQL', async () => {
    const view = await seen('tags', draftTag.id)
    expectHidden(view, draftTag.id, usedTag.id)
    expect(view.restCount).toBe(1)
  })

  it('do not see an author no article credits, over REST and GraphQL', async () => {
    const view = await seen('authors', unusedAuthor.id)
    expectHidden(view, unusedAuthor.id, usedAuthor.id)
    expect(view.restCount).toBe(1)
  })

  it('staff still see every tag and author', async () => {
    expectShown(await seen('tags', draftTag.id, editor), draftTag.id)
    expectShown(await seen('authors', unusedAuthor.id, editor), unusedAuthor.id)
  })

  it('see them once the article is published, and not after it is unpublished', async () => {
    await server.payload.update({
      collection: 'articles',
      id: draftId,
      data: { _status: 'published', authors: [unusedAuthor.id] },
      overrideAccess: true,
    })
    expectShown(await seen('tags', draftTag.id), draftTag.id)
    expectShown(await seen('authors', unusedAuthor.id), unusedAuthor.id)

    await server.payload.update({
      collection: 'articles',
      id: draftId,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expectHidden(await seen('tags', draftTag.id), draftTag.id, usedTag.id)
    expectHidden(await seen('authors', unusedAuthor.id), unusedAuthor.id, usedAuthor.id)
  })

  it('lose sight of a tag dropped from, or an author of, a deleted published article', async () => {
    const published = await server.payload.update({
      collection: 'articles',
      id: draftId,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expectShown(await seen('tags', draftTag.id), draftTag.id)
    // A published edit that drops the tag hides it; the author stays credited.
    await server.payload.update({
      collection: 'articles',
      id: published.id,
      data: { tags: [usedTag.id] },
      overrideAccess: true,
    })
    expectHidden(await seen('tags', draftTag.id), draftTag.id, usedTag.id)
    expectShown(await seen('authors', unusedAuthor.id), unusedAuthor.id)
    // The tag still used by another published article keeps its flag.
    expect((await seen('tags', draftTag.id)).rest).toContain(usedTag.id)

    await server.payload.delete({ collection: 'articles', id: published.id, overrideAccess: true })
    expectHidden(await seen('authors', unusedAuthor.id), unusedAuthor.id, usedAuthor.id)
    expect((await seen('tags', draftTag.id)).rest).toContain(usedTag.id)
  })
})

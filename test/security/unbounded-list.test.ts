// Attack: `GET /api/articles?limit=0` (or a huge limit, `pagination=false`, GraphQL `limit: 0`)
// returned every document and `depth` was unbounded, so one anonymous request could serialise
// the whole database. Lists are capped (API_MAX_LIMIT for the public, API_STAFF_MAX_LIMIT for
// staff; over-cap requests get the cap applied) and depth is capped at 2 (REST clamps, GraphQL
// refuses deeper queries with a Vietnamese error: HTTP 400 for clients that accept
// application/graphql-response+json, 200 with `errors` and no data under plain application/json,
// as the GraphQL-over-HTTP spec has it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Category } from '@/payload-types'

import { loginToken } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let staffToken: string
let deepestCategory: Category

const ARTICLES = 105
const PUBLIC_CAP = 100
const STAFF_CAP = 103

interface List {
  docs: Record<string, unknown>[]
  limit: number
  totalDocs: number
}

const getList = async (path: string, token?: string): Promise<List> => {
  const res = await fetch(`${server.url}${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  expect(res.status, path).toBe(200)
  return (await res.json()) as List
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json'

const graphql = async (query: string, accept = 'application/json') => {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  })
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: { Articles?: { docs: unknown[]; limit: number } }
      errors?: { message: string }[]
    },
  }
}

beforeAll(async () => {
  server = await startProductionServer({ API_STAFF_MAX_LIMIT: String(STAFF_CAP) })
  const { payload } = server
  // A chain of four categories, so depth beyond 2 would show as a populated object.
  let parent: Category | undefined
  for (const title of ['Cấp một', 'Cấp hai', 'Cấp ba', 'Cấp bốn']) {
    parent = await payload.create({
      collection: 'categories',
      data: { title, parent: parent?.id },
      overrideAccess: true,
    })
  }
  deepestCategory = parent as Category
  for (let i = 0; i < ARTICLES; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Bài kiểm tra giới hạn ${i}`,
        kind: 'news',
        _status: 'published',
        categories: [deepestCategory.id],
      },
      overrideAccess: true,
    })
  }
  const editor = await createUser(payload, 'editor', '-limits')
  staffToken = await loginToken(server.url, editor.email, passwordFor('editor'))
}, 600_000)

afterAll(async () => {
  await server?.close()
})

describe('REST list caps', () => {
  for (const query of ['limit=0', 'limit=100000', 'pagination=false', 'limit=0&pagination=false']) {
    it(`caps ?${query} at ${PUBLIC_CAP} for anonymous readers`, async () => {
      const list = await getList(`/api/articles?${query}&depth=0`)
      expect(list.docs).toHaveLength(PUBLIC_CAP)
      expect(list.limit).toBe(PUBLIC_CAP)
      expect(list.totalDocs).toBe(ARTICLES)
    })
  }

  it('keeps ordinary limits as asked', async () => {
    expect((await getList('/api/articles?limit=7&depth=0')).docs).toHaveLength(7)
    expect((await getList('/api/articles?depth=0')).docs).toHaveLength(10)
  })

  it(`gives staff the higher documented cap (${STAFF_CAP}), also on the versions endpoint`, async () => {
    const list = await getList('/api/articles?limit=0&depth=0', staffToken)
    expect(list.docs).toHaveLength(STAFF_CAP)
    const versions = await getList('/api/articles/versions?limit=0&depth=0', staffToken)
    expect(versions.docs).toHaveLength(STAFF_CAP)
    expect(versions.totalDocs).toBeGreaterThanOrEqual(ARTICLES)
  })

  it('clamps depth=10 to 2', async () => {
    const list = await getList('/api/articles?limit=1&depth=10')
    const article = list.docs[0] as { categories: Category[] }
    const level1 = article.categories[0] as Category
    expect(level1.id).toBe(deepestCategory.id)
    const level2 = level1.parent as Category
    expect(typeof level2).toBe('object')
    // Depth 3 would populate this one too.
    expect(typeof level2.parent).toBe('string')
  })
})

describe('GraphQL list and depth caps', () => {
  it(`caps limit: 0 at ${PUBLIC_CAP}`, async () => {
    const { body } = await graphql('{ Articles(limit: 0) { docs { id } limit } }')
    expect(body.errors).toBeUndefined()
    expect(body.data?.Articles?.docs).toHaveLength(PUBLIC_CAP)
    expect(body.data?.Articles?.limit).toBe(PUBLIC_CAP)
  })

  it('caps pagination: false at the same limit', async () => {
    const { body } = await graphql('{ Articles(pagination: false) { docs { id } } }')
    expect(body.data?.Articles?.docs).toHaveLength(PUBLIC_CAP)
  })

  it('answers two levels of relationships', async () => {
    const { status, body } = await graphql(
      '{ Articles(limit: 1) { docs { title categories { title parent { title } } } } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it('refuses a query nested deeper than 2 relationships, in Vietnamese', async () => {
    const deep =
      '{ Articles(limit: 1) { docs { categories { parent { parent { parent { title } } } } } } }'
    const { status, body } = await graphql(deep)
    expect(status).toBe(200)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/quá sâu/)
    expect((await graphql(deep, GRAPHQL_RESPONSE)).status).toBe(400)
  })

  it('refuses the same depth hidden in fragments', async () => {
    const { status } = await graphql(
      `
        query {
          Articles(limit: 1) {
            docs {
              ...A
            }
          }
        }
        fragment A on Article {
          categories {
            ...C
          }
        }
        fragment C on Category {
          parent {
            parent {
              parent {
                title
              }
            }
          }
        }
      `,
      GRAPHQL_RESPONSE,
    )
    expect(status).toBe(400)
  })

  it('refuses a rich-text depth argument over 2', async () => {
    const { status, body } = await graphql(
      '{ Articles(limit: 1) { docs { body(depth: 10) } } }',
      GRAPHQL_RESPONSE,
    )
    expect(status).toBe(400)
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/quá sâu/)
  })
})

/**
 * Attack: any role tries every operation it should not have, on every collection and global,
 * over REST and GraphQL, and every public page, as anonymous, reporter, editor and admin.
 * The allowed set is one table (./role-route-matrix.table.ts); a collection, global or GraphQL
 * field the table does not cover fails here, so new API surface must be placed in it first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { introspect, INTROSPECTION_QUERY } from '../helpers/graphql-schema'
import { jsonCall } from '../helpers/http'
import type { MatrixContext } from '../helpers/matrix-checks'
import { matrixFixtures } from '../helpers/matrix-fixtures'
import { graphqlCell, graphqlFields } from '../helpers/matrix-graphql-cells'
import { matrixProbes } from '../helpers/matrix-probes'
import { REST_CELLS, restExtraCell } from '../helpers/matrix-rest-cells'
import { page, previewCell, siteCell } from '../helpers/matrix-site-cells'
import { startProductionServer } from '../helpers/production-server'
import {
  cellOf,
  type CollectionOp,
  COLLECTIONS,
  entryOf,
  GLOBALS,
  KNOWN_GAPS,
  MATRIX_ROLES,
  PREVIEW,
  REST_EXTRAS,
  SITE_ROUTES,
  type SiteSlugs,
} from './role-route-matrix.table'

/** A text field of each global that an update writes its marker into. */
const GLOBAL_UPDATE_FIELD: Record<string, string> = {
  site: 'tagline',
  'search-settings': 'stopWords',
  'feedback-settings': 'bannedWords',
}

let server: Awaited<ReturnType<typeof startProductionServer>>
let ctx: MatrixContext

beforeAll(async () => {
  server = await startProductionServer(
    {
      RATE_LIMIT_API: '1000000',
      RATE_LIMIT_LOGIN: '100000',
      RATE_LIMIT_SEARCH: '100000',
      RATE_LIMIT_PAGES: '100000',
      // Cells log in with wrong passwords on purpose; the throttle has its own tests.
      LOGIN_FREE_ATTEMPTS: '100000',
      LOGIN_IP_MAX_FAILURES: '100000',
    },
    true,
  )
  const f = await matrixFixtures(server.payload, server.url)
  ctx = {
    url: server.url,
    payload: server.payload,
    f,
    probes: matrixProbes(server.payload, f),
    schema: introspect(server.payload.config),
  }
})

afterAll(async () => {
  await server?.close()
})

// Blocks run one after another (reads before writes); the cells inside a block run concurrently
// in vitest's small batches (maxConcurrency).
const cit = it.concurrent
/** A cell, or `it.fails` for one where the code is known to break the design (KNOWN_GAPS). */
const cellIt = (key: string) => (KNOWN_GAPS[key] ? it.concurrent.fails : it.concurrent)
const READS: CollectionOp[] = ['find', 'findByID', 'count', 'versions']
const WRITES: CollectionOp[] = ['create', 'update', 'delete']
const gqlFields = [...graphqlFields()]
/** Placeholders for test names (the real slugs exist only once the server runs). */
const EXAMPLE_SLUGS: SiteSlugs = {
  published: '<published>',
  pending: '<pending>',
  draft: '<draft>',
  category: '<category>',
  publishedTag: '<tag>',
  draftTag: '<draft-tag>',
  publishedAuthor: '<author>',
  draftAuthor: '<draft-author>',
  publishedCredit: '<credit>',
  publishedLeader: '<leader>',
  draftLeader: '<draft-leader>',
  publishedTopic: '<topic>',
  draftTopic: '<draft-topic>',
  draftCredit: '<draft-credit>',
  secret: '<secret>',
}
const isRead = (op: string) => !/create|update|delete|duplicate|restore|extra/.test(op)

describe('the table covers the whole API', () => {
  it('every collection and global of the running config', () => {
    const collections: string[] = server.payload.config.collections.map((c) => c.slug)
    expect(collections.filter((slug) => !(slug in COLLECTIONS))).toEqual([])
    expect(Object.keys(COLLECTIONS).filter((slug) => !collections.includes(slug))).toEqual([])
    const globals: string[] = server.payload.config.globals.map((g) => g.slug)
    expect(globals.filter((slug) => !(slug in GLOBALS))).toEqual([])
    expect(Object.keys(GLOBALS).filter((slug) => !globals.includes(slug))).toEqual([])
  })

  it('GraphQL introspection is refused over HTTP, to every role', async () => {
    for (const role of MATRIX_ROLES) {
      const res = await jsonCall(ctx.url, ctx.f.tokens[role], 'POST', '/api/graphql', {
        query: INTROSPECTION_QUERY,
      })
      expect(res.json.data ?? null).toBeNull()
      expect(JSON.stringify(res.json.errors)).toContain('introspection is not allowed')
    }
  })

  it('every GraphQL query and mutation, and nothing the schema lacks', () => {
    const mapped = new Map(gqlFields)
    const schemaFields = [...ctx.schema.queries.keys(), ...ctx.schema.mutations.keys()]
    expect(schemaFields.filter((name) => !mapped.has(name))).toEqual([])
    expect([...mapped.keys()].filter((name) => !schemaFields.includes(name))).toEqual([])
  })
})

describe('REST reads', () => {
  for (const [slug, spec] of Object.entries(COLLECTIONS))
    for (const op of READS)
      for (const role of MATRIX_ROLES) {
        const cell = cellOf(spec.ops[op], role)
        cellIt(`rest:${slug}:${op}:${role}`)(`${slug} ${op} as ${role}: ${cell}`, () =>
          REST_CELLS[op](ctx, slug, role, cell),
        )
      }
  for (const [slug, spec] of Object.entries(GLOBALS))
    for (const role of MATRIX_ROLES)
      cit(`global ${slug} read as ${role}: ${cellOf(spec.ops.read, role)}`, async () => {
        const res = await jsonCall(
          ctx.url,
          ctx.f.tokens[role],
          'GET',
          `/api/globals/${slug}?depth=2`,
        )
        expect(res.status).toBe(cellOf(spec.ops.read, role) === 'A' ? 200 : 403)
        const versions = await jsonCall(
          ctx.url,
          ctx.f.tokens[role],
          'GET',
          `/api/globals/${slug}/versions`,
        )
        expect(versions.json.docs).toBeUndefined()
      })
})

describe('GraphQL reads', () => {
  for (const [field, target] of gqlFields)
    if (isRead(target.op))
      for (const role of MATRIX_ROLES)
        cellIt(`gql:${field}:${role}`)(`${field} as ${role}: ${cellOf(target.row, role)}`, () =>
          graphqlCell(ctx, field, target, role),
        )
})

describe('site routes', () => {
  for (const route of SITE_ROUTES)
    for (const role of MATRIX_ROLES) {
      const expected = entryOf(route.status, role)
      cit(`${route.path(EXAMPLE_SLUGS)} as ${role}: ${expected}`, () =>
        siteCell(ctx, role, route.path(ctx.f.slugs), expected),
      )
    }
  for (const role of MATRIX_ROLES) {
    cit(`a forged draft-mode cookie as ${role} shows no draft`, async () => {
      const res = await page(ctx, role, `/bai-viet/${ctx.f.slugs.draft}`, ['__prerender_bypass=1'])
      expect(res.status).toBe(404)
      for (const secret of ctx.f.secretTitles) expect(res.text).not.toContain(secret)
    })
    for (const [which, row] of Object.entries(PREVIEW))
      cit(`/xem-truoc of the ${which} as ${role}: ${entryOf(row, role)}`, () =>
        previewCell(
          ctx,
          role,
          which === 'reporterDraft'
            ? ctx.f.reporterDraft
            : { slug: ctx.f.slugs.draft, title: ctx.f.secretTitles[0] as string },
          entryOf(row, role),
        ),
      )
  }
})

describe('REST writes', () => {
  for (const [slug, spec] of Object.entries(COLLECTIONS))
    for (const op of WRITES)
      for (const role of MATRIX_ROLES) {
        const cell = cellOf(spec.ops[op], role)
        cellIt(`rest:${slug}:${op}:${role}`)(`${slug} ${op} as ${role}: ${cell}`, () =>
          REST_CELLS[op](ctx, slug, role, cell),
        )
      }
  for (const [slug, spec] of Object.entries(GLOBALS))
    for (const role of MATRIX_ROLES) {
      const cell = cellOf(spec.ops.update, role)
      cit(`global ${slug} update as ${role}: ${cell}`, async () => {
        const field = GLOBAL_UPDATE_FIELD[slug] ?? 'stopWords'
        const mark = `mx-${role}-${Date.now()}`
        const res = await jsonCall(ctx.url, ctx.f.tokens[role], 'POST', `/api/globals/${slug}`, {
          [field]: mark,
        })
        const now = JSON.stringify(
          await ctx.payload.findGlobal({ slug: slug as never, overrideAccess: true }),
        )
        if (cell === 'A') {
          expect(res.status).toBe(200)
          return expect(JSON.stringify(res.json)).toContain(mark)
        }
        expect([401, 403]).toContain(res.status)
        expect(now).not.toContain(mark)
      })
    }
  for (const [route, row] of Object.entries(REST_EXTRAS))
    for (const role of MATRIX_ROLES)
      cit(`${route} as ${role}: ${cellOf(row, role)}`, () =>
        restExtraCell(ctx, route, role, cellOf(row, role)),
      )
})

describe('GraphQL writes', () => {
  for (const [field, target] of gqlFields)
    if (!isRead(target.op))
      for (const role of MATRIX_ROLES)
        cellIt(`gql:${field}:${role}`)(`${field} as ${role}: ${cellOf(target.row, role)}`, () =>
          graphqlCell(ctx, field, target, role),
        )
})

/**
 * The shape of the site's list queries (issue 14 §5): on a large archive the cost is in the
 * query plan, not the row count, so these check the SQL the lists send on a real migrated
 * SQLite database. A list without page links sends no count; "newest published" walks the
 * `articles_public_order_idx` index instead of reading and sorting every article (each read
 * walks the row's body on overflow pages); a category list reaches articles through one of the
 * covering `articles_public_*` indexes. SQLite only: MongoDB has its own planner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isMongo } from '@/db/adapter'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { queryPlan, type Statement } from '../../helpers/query-plan'
import { skipReason, SQLITE_ONLY } from '../../helpers/skip-reason'

interface Executor {
  execute: (stmt: string | Statement) => Promise<{ rows: Array<Record<string, unknown>> }>
}

let t: TestPayload
let client: Executor
let cards: typeof import('@/site/data/cards')
let categoryId = ''
const sent: Statement[] = []

async function capture(run: () => Promise<unknown>): Promise<Statement[]> {
  sent.length = 0
  await run()
  return [...sent]
}

/** The plan's steps as `parent:detail` (parent 0 = the outer query). */
async function plan(statement: Statement): Promise<string[]> {
  return (await queryPlan(statement)).map((step) => `${step.parent}:${step.detail}`)
}

describe.skipIf(isMongo())('site card lists on SQLite', skipReason(SQLITE_ONLY), () => {
  beforeAll(async () => {
    t = await bootPayload('card-lists')
    // The lists use the shared instance (site/data/client.ts); watch what it sends.
    const { payloadClient } = await import('@/site/data/client')
    const payload = await payloadClient()
    client = (payload.db as unknown as { client: Executor }).client
    const execute = client.execute.bind(client)
    client.execute = (stmt) => {
      sent.push(typeof stmt === 'string' ? { sql: stmt, args: [] } : stmt)
      return execute(stmt)
    }
    cards = await import('@/site/data/cards')
    const category = await t.payload.create({
      collection: 'categories',
      data: { title: 'Chuyên mục thử' },
      overrideAccess: true,
    })
    categoryId = category.id
    for (let day = 1; day <= 4; day++)
      await t.payload.create({
        collection: 'articles',
        data: {
          title: `Bài ngày ${day}`,
          kind: 'news',
          categories: day % 2 ? [categoryId] : [],
          publishedAt: new Date(Date.UTC(2026, 10, day)).toISOString(),
          _status: 'published',
        },
        overrideAccess: true,
      })
  })

  afterAll(async () => {
    await t?.cleanup()
  })

  it('counts only for lists with page links', async () => {
    const unpaged = await capture(async () => {
      const list = await cards.listCards({ limit: 2, pagination: false })
      expect(list.docs.map((d) => d.title)).toEqual(['Bài ngày 4', 'Bài ngày 3'])
      expect(list.totalPages).toBe(1)
    })
    expect(unpaged.filter((s) => /count\(/i.test(s.sql))).toEqual([])

    const paged = await capture(async () => {
      const list = await cards.listCards({ limit: 2 })
      expect(list.totalDocs).toBe(4)
      expect(list.totalPages).toBe(2)
    })
    expect(paged.filter((s) => /count\(/i.test(s.sql))).toHaveLength(1)
  })

  it('reads the newest published articles through an index, without sorting them all', async () => {
    const statements = await capture(() => cards.listCards({ limit: 3, pagination: false }))
    const list = statements.find((s) => /order by "articles"."published_at" desc/.test(s.sql))
    expect(list).toBeDefined()
    const steps = (await plan(list as Statement)).filter((s) => s.startsWith('0:'))
    expect(steps.join('\n')).toContain('articles_public_order_idx')
    expect(steps.filter((s) => s.includes('TEMP B-TREE FOR ORDER BY'))).toEqual([])
  })

  it('checks a category list’s articles in a covering index, not in their rows', async () => {
    const statements = await capture(async () => {
      const list = await cards.listCards({ where: { categories: { in: [categoryId] } }, limit: 12 })
      expect(list.docs.map((d) => d.title)).toEqual(['Bài ngày 3', 'Bài ngày 1'])
      expect(list.totalDocs).toBe(2)
    })
    const joined = statements.filter((s) => /join "articles_rels"/.test(s.sql))
    expect(joined.length).toBeGreaterThanOrEqual(2) // the page and its count
    for (const statement of joined) {
      const reads = (await plan(statement)).filter((s) =>
        /\barticles USING|SCAN articles\b/.test(s),
      )
      expect(reads.length).toBeGreaterThan(0)
      for (const read of reads) expect(read).toContain('COVERING INDEX articles_public_')
    }
  })

  it('keeps a listing’s total until published content changes', async () => {
    const { applyTarget } = await import('@/site/cache/apply-target')
    const where = { kind: { equals: 'news' } } as const
    const counts = async (page: number) =>
      (await capture(() => cards.listCards({ where, page, limit: 2 }))).filter((s) =>
        /count\(/i.test(s.sql),
      ).length
    expect(await counts(1)).toBe(1)
    expect(await counts(2)).toBe(0)
    expect(await counts(1)).toBe(0)
    applyTarget({ paths: ['/'] })
    expect(await counts(2)).toBe(1)
    // A publish makes a targeted invalidation: the next listing counts the new article.
    await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài ngày 5',
        kind: 'news',
        publishedAt: new Date(Date.UTC(2026, 10, 5)).toISOString(),
        _status: 'published',
      },
      overrideAccess: true,
    })
    const list = await cards.listCards({ where, page: 1, limit: 2 })
    expect(list.docs[0]?.title).toBe('Bài ngày 5')
    expect(list.totalDocs).toBe(5)
    expect(list.totalPages).toBe(3)
  })
})

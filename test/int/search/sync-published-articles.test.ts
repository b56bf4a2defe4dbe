// Search reconciliation reads the published articles' ids and update times in plain SQL on
// SQLite (src/search/sync/published-articles.ts): it must list exactly what the database
// adapter lists, page by page, whatever state the articles are in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import {
  publishedArticlePage,
  publishedPageStatement,
  publishedThroughAdapter,
  publishedThroughSql,
} from '@/search/sync/published-articles'
import type { IndexedEntry } from '@/search/types'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { queryPlan } from '../../helpers/query-plan'
import { skipReason } from '../../helpers/skip-reason'

let t: TestPayload
let editedId = ''
const onMongo = process.env.DATABASE_URI?.startsWith('mongodb') ?? false

beforeAll(async () => {
  t = await bootPayload('published-articles')
  const create = (title: string, status: 'draft' | 'published') =>
    t.payload.create({
      collection: 'articles',
      data: { title, kind: 'news', _status: status },
      draft: status === 'draft',
      overrideAccess: true,
      depth: 0,
    })
  for (let i = 0; i < 5; i++) await create(`Tin đã đăng ${i}`, 'published')
  await create('Bản nháp chưa đăng', 'draft')
  const update = (id: string, data: Partial<Article>, draft = false) =>
    t.payload.update({ collection: 'articles', id, data, draft, overrideAccess: true })
  // Published, then a pending draft saved on top: the live state stays the published one.
  const pending = await create('Tin có bản nháp chờ', 'published')
  await update(pending.id, { title: 'Bản nháp mới của tin' }, true)
  // Published, then taken down.
  const down = await create('Tin đã gỡ', 'published')
  await update(down.id, { _status: 'draft' })
  // Published, then edited and published again: its update time is no longer its creation time.
  const edited = await create('Tin đã sửa', 'published')
  editedId = edited.id
  await new Promise((resolve) => setTimeout(resolve, 5))
  await update(edited.id, { title: 'Tin đã sửa lại' })
  // Published, then deleted.
  const gone = await create('Tin đã xóa', 'published')
  await t.payload.delete({ collection: 'articles', id: gone.id, overrideAccess: true })
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

async function walk(
  read: (after: string | null, limit: number) => Promise<IndexedEntry[]>,
  limit: number,
): Promise<IndexedEntry[]> {
  const out: IndexedEntry[] = []
  let after: string | null = null
  for (;;) {
    const page = await read(after, limit)
    out.push(...page)
    if (page.length < limit) return out
    after = page.at(-1)?.id ?? null
  }
}

describe.skipIf(onMongo)(
  'published articles read in SQL',
  skipReason('runs on SQLite only (DATABASE_URI unset or a file: URL): MongoDB keeps the adapter'),
  () => {
    it('lists what the adapter lists, in the same order, page by page', async () => {
      const adapter = await walk((a, n) => publishedThroughAdapter(t.payload, a, n), 2)
      const sql = await walk((a, n) => publishedThroughSql(t.payload, a, n), 2)
      // Five published, the one with a pending draft, the edited one; not the draft, the one
      // taken down nor the deleted one.
      expect(adapter).toHaveLength(7)
      expect(sql).toEqual(adapter)
      expect(await walk((a, n) => publishedArticlePage(t.payload, a, n), 4)).toEqual(adapter)
      expect(adapter.every((e) => e.updatedAt !== null)).toBe(true)
    })

    it('reads the update time, not the creation time', async () => {
      const edited = await t.payload.findByID({ collection: 'articles', id: editedId, depth: 0 })
      expect(edited.updatedAt).not.toBe(edited.createdAt)
      const sql = await walk((a, n) => publishedThroughSql(t.payload, a, n), 100)
      expect(sql.find((e) => e.id === editedId)?.updatedAt).toBe(edited.updatedAt)
    })

    it('reads a page down an index by id that holds the status, not every published row sorted', async () => {
      // With the status index SQLite read every published row and sorted them, for each page:
      // `SEARCH articles USING INDEX articles__status_idx (_status=?)` + `USE TEMP B-TREE FOR
      // ORDER BY`, so a walk of the archive was quadratic in its size. Down the primary key
      // (`+_status` alone) it read every draft's table row, past its body's overflow pages, to
      // find its status: 1.4x the old walk's CPU at 10^5 articles of which 90 % drafts.
      const steps = (await queryPlan(publishedPageStatement('m', 1000))).map((s) => s.detail)
      expect(steps.join('\n')).toMatch(/^SEARCH articles USING COVERING INDEX \S+ \(id>\?\)$/m)
      expect(steps.join('\n')).not.toMatch(/TEMP B-TREE|_status=|SCAN/)
    })

    it('reads at least one row a page, whatever limit it is given', async () => {
      expect(await publishedThroughSql(t.payload, null, 0)).toHaveLength(1)
      expect(await publishedThroughAdapter(t.payload, null, 0)).toHaveLength(1)
    })
  },
)

// A rebuild writes its tables through a connection of its own with prepared statements
// (engines/sqlite/bulk-writer.ts), the live path through the client one article at a time. Both
// must leave the same index: the same rows in every plain table, the same tokens at the same
// positions in every FTS5 table (read through fts5vocab 'instance'), the same answers.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import { LIVE } from '@/search/engines/sqlite/schema'
import type { SearchDocument } from '@/search/types'

import { makeDistractors } from '../../../../../bench/search/distractors/generate'
import { exclusions } from '../../../../../bench/search/distractors/mix'
import { FIXTURES } from '../../../../../bench/search/fixtures'

const GENERATED = 150
const PAGE = 150

const dir = mkdtempSync(path.join(tmpdir(), 'search-rebuild-same-'))
const oneByOneUrl = `file:${path.join(dir, 'one-by-one.db')}`
const rebuiltUrl = `file:${path.join(dir, 'rebuilt.db')}`

/** The fixtures and generated articles (captions, credits, documents), oldest first. */
function corpus(): SearchDocument[] {
  const { article } = makeDistractors({
    seed: 7,
    count: GENERATED,
    exclude: exclusions(FIXTURES),
  })
  const docs = [...FIXTURES, ...Array.from({ length: GENERATED }, (_, i) => article(i))]
  return docs.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt))
}

async function rows(client: Client, sql: string): Promise<unknown[][]> {
  const res = await client.execute(sql)
  return res.rows.map((row) => Array.from(row))
}

/**
 * Every token of an FTS5 table with its document, column and position: how many, and a digest
 * (a deep comparison of a million rows would take the test minutes).
 */
async function postings(client: Client, table: string): Promise<{ n: number; digest: string }> {
  const vocab = `${table}_instances`
  await client.execute(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${vocab} USING fts5vocab(${table}, 'instance')`,
  )
  const all = await rows(
    client,
    `SELECT term, doc, col, offset FROM ${vocab} ORDER BY doc, col, offset, term`,
  )
  const hash = createHash('sha256')
  for (const row of all) hash.update(`${row.join('\t')}\n`)
  return { n: all.length, digest: hash.digest('hex') }
}

describe('sqlite-fts: rebuild and the live write path build the same index', () => {
  const docs = corpus()
  const oneByOne = new SqliteFtsEngine(oneByOneUrl, { resultCache: false })
  const rebuilt = new SqliteFtsEngine(rebuiltUrl, { resultCache: false })
  let a: Client
  let b: Client

  beforeAll(async () => {
    await oneByOne.init()
    for (const doc of docs) await oneByOne.upsert([doc])
    await rebuilt.init()
    // An article indexed before the rebuild must not survive it.
    await rebuilt.upsert([{ ...docs[0]!, id: 'gone', slug: 'gone' }])
    async function* pages() {
      for (let i = 0; i < docs.length; i += PAGE) yield docs.slice(i, i + PAGE)
    }
    expect(await rebuilt.rebuild(pages())).toBe(docs.length)
    a = createClient({ url: oneByOneUrl })
    b = createClient({ url: rebuiltUrl })
  }, 120_000)

  afterAll(async () => {
    a?.close()
    b?.close()
    await oneByOne.close()
    await rebuilt.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('holds the same rows in the plain tables', async () => {
    for (const table of [LIVE.docs, LIVE.attrs]) {
      const sql = `SELECT * FROM ${table} ORDER BY rid`
      const expected = await rows(a, sql)
      expect(expected).toHaveLength(docs.length)
      expect(await rows(b, sql), table).toEqual(expected)
    }
  })

  it('holds the same tokens at the same positions in every FTS5 table', async () => {
    for (const table of [LIVE.fts, LIVE.lead, LIVE.sapo]) {
      const expected = await postings(a, table)
      expect(expected.n).toBeGreaterThan(docs.length)
      expect(await postings(b, table), table).toEqual(expected)
    }
  })

  it('answers the same', async () => {
    const queries = ['Ban Tổ chức', 'ket luan', 'Ảnh', 'đại hội chi bộ', 'UBND tỉnh', 'phát triển']
    for (const q of queries) {
      const expected = await oneByOne.search({ q, limit: 20 })
      const got = await rebuilt.search({ q, limit: 20 })
      expect(
        got.hits.map((h) => [h.id, h.snippet]),
        q,
      ).toEqual(expected.hits.map((h) => [h.id, h.snippet]))
      expect(got.total, q).toBe(expected.total)
    }
  })
})

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { ARTICLES, byId } from '../../../../fixtures/search/articles'
import { runSearchEngineContract } from '../contract'

const dir = mkdtempSync(path.join(tmpdir(), 'search-fts-'))
let n = 0
const fileUrl = (): string => `file:${path.join(dir, `search-${++n}.db`)}`
afterAll(() => rmSync(dir, { recursive: true, force: true }))

runSearchEngineContract('sqlite-fts (file)', () => new SqliteFtsEngine(fileUrl()))
runSearchEngineContract('sqlite-fts (:memory:)', () => new SqliteFtsEngine(':memory:'))

describe('sqlite-fts: abbreviations that fold to a syllable', () => {
  it('looks ĐU up with its accents: "dang uy khoi" must not find "dự … Khởi"', async () => {
    const engine = new SqliteFtsEngine(':memory:')
    await engine.init()
    await engine.upsert([byId('a3'), byId('a11')])
    expect((await engine.search({ q: 'dang uy khoi' })).hits.map((h) => h.id)).toEqual(['a3'])
    await engine.close()
  })
})

/** An index file holding the fixtures, closed, plus a raw client to tamper with its tables. */
async function indexedFixtures() {
  const url = fileUrl()
  const old = new SqliteFtsEngine(url)
  await old.init()
  await old.upsert(ARTICLES)
  await old.close()
  return { url, raw: createClient({ url }) }
}

describe('sqlite-fts: upgrade from an index without the lead table', () => {
  it('fills the lead table from the stored titles at start-up', async () => {
    const { url, raw } = await indexedFixtures()
    await raw.execute('DROP TABLE search_lead')
    const engine = new SqliteFtsEngine(url)
    await engine.init()
    const lead = await raw.execute('SELECT count(*) AS n FROM search_lead')
    expect(Number(lead.rows[0]?.['n'])).toBe(ARTICLES.length)
    expect((await engine.search({ q: 'trường học' })).hits[0]?.id).toBe('a11')
    raw.close()
    await engine.close()
  })

  it('recreates an outdated sapo table and fills it from the stored text', async () => {
    const { url, raw } = await indexedFixtures()
    await raw.execute('DROP TABLE search_sapo')
    await raw.execute(
      `CREATE VIRTUAL TABLE search_sapo USING fts5(title_x, title_f, content='',
        contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
    )
    const engine = new SqliteFtsEngine(url)
    await engine.init()
    const lead = await raw.execute({
      sql: 'SELECT count(*) AS n FROM search_sapo WHERE search_sapo MATCH ?',
      args: ['{sapo_f} : "nhan su"'],
    })
    expect(Number(lead.rows[0]?.['n'])).toBeGreaterThan(0)
    const all = await raw.execute('SELECT count(*) AS n FROM search_sapo')
    expect(Number(all.rows[0]?.['n'])).toBe(ARTICLES.length)
    raw.close()
    await engine.close()
  })
})

/**
 * An index written by the version that still had the pooled ranking (main at 363aa54): the
 * fixture articles upserted one by one, then rebuilt, so both write paths filled its
 * `search_rank` table. Made with that version's engine:
 *   e = new SqliteFtsEngine('file:x.db'); await e.init(); await e.upsert(ARTICLES)
 *   await e.rebuild((async function* () { yield ARTICLES })()); await e.close(); VACUUM
 */
const WITH_RANK_TABLE = path.join(
  import.meta.dirname,
  '../../../../fixtures/search/index-with-rank-table.db',
)

async function tableNames(client: ReturnType<typeof createClient>): Promise<string[]> {
  const res = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
  return res.rows.map((r) => String(r['name'])).sort()
}

describe('sqlite-fts: upgrade from an index with the pooled ranking table', () => {
  it('drops search_rank at start-up and goes on answering, writing and rebuilding', async () => {
    const file = path.join(dir, 'with-rank-table.db')
    copyFileSync(WITH_RANK_TABLE, file)
    const url = `file:${file}`
    const raw = createClient({ url })
    // As a rebuild of that version leaves it when its process dies before the swap.
    await raw.execute('CREATE TABLE search_rank_next AS SELECT * FROM search_rank')
    const before = await tableNames(raw)
    expect(before).toEqual(expect.arrayContaining(['search_rank', 'search_rank_next']))

    const engine = new SqliteFtsEngine(url, { resultCache: false })
    await engine.init()
    const after = await tableNames(raw)
    expect(after).not.toContain('search_rank')
    expect(after).not.toContain('search_rank_next')
    // Nothing else was dropped or added.
    expect(after).toEqual(before.filter((t) => !t.startsWith('search_rank')))
    expect(await engine.count()).toBe(ARTICLES.length)
    expect((await engine.search({ q: 'Thanh Lê' })).hits[0]?.id).toBe('a6')

    await engine.remove(['a6'])
    expect((await engine.search({ q: 'Thanh Lê' })).hits.map((h) => h.id)).not.toContain('a6')
    await engine.upsert([byId('a6')])
    expect((await engine.search({ q: 'Thanh Lê' })).hits[0]?.id).toBe('a6')
    expect(
      await engine.rebuild(
        (async function* () {
          yield ARTICLES
        })(),
      ),
    ).toBe(ARTICLES.length)
    expect((await engine.search({ q: 'thanh le' })).hits[0]?.id).toBe('a6')
    expect(await tableNames(raw)).toEqual(after)
    raw.close()
    await engine.close()
  })
})

describe('sqlite-fts: upgrade from an index with a separate words table', () => {
  it('drops the retired tables and still suggests words', async () => {
    const { url, raw } = await indexedFixtures()
    await raw.execute(
      `CREATE VIRTUAL TABLE search_terms USING fts5(words, content='', contentless_delete=1)`,
    )
    await raw.execute(`CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_terms, 'row')`)
    const engine = new SqliteFtsEngine(url)
    await engine.init()
    const left = await raw.execute(
      "SELECT name FROM sqlite_master WHERE name IN ('search_terms', 'search_vocab')",
    )
    expect(left.rows).toHaveLength(0)
    expect((await engine.search({ q: 'đảnq bộ' })).didYouMean).toBe('đảng bộ')
    raw.close()
    await engine.close()
  })
})

describe('sqlite-fts: several processes on one file', () => {
  it('sees writes committed by another connection despite its result cache', async () => {
    const url = fileUrl()
    const reader = new SqliteFtsEngine(url)
    const writer = new SqliteFtsEngine(url)
    await reader.init()
    await writer.init()
    expect((await reader.search({ q: 'Thanh Lê' })).total).toBe(0)
    await writer.upsert([byId('a6')])
    expect((await reader.search({ q: 'Thanh Lê' })).hits.map((h) => h.id)).toEqual(['a6'])
    await writer.remove(['a6'])
    expect((await reader.search({ q: 'Thanh Lê' })).total).toBe(0)
    await reader.close()
    await writer.close()
  })
})

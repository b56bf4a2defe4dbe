import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { byId } from '../../../../fixtures/search/articles'

const dir = mkdtempSync(path.join(tmpdir(), 'search-list-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const doc = (id: string, updatedAt?: string) => ({ ...byId('a3'), id, slug: id, updatedAt })

describe('sqlite-fts: listing indexed entries for reconciliation', () => {
  it('pages by id after a key, with the indexed updatedAt', async () => {
    const engine = new SqliteFtsEngine(':memory:')
    await engine.init()
    const ids = ['e', 'a', 'c', 'b', 'd']
    await engine.upsert(ids.map((id) => doc(id, `2026-01-0${ids.indexOf(id) + 1}T00:00:00.000Z`)))
    expect(await engine.listIndexed(null, 2)).toEqual([
      { id: 'a', updatedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'b', updatedAt: '2026-01-04T00:00:00.000Z' },
    ])
    expect((await engine.listIndexed('b', 2)).map((e) => e.id)).toEqual(['c', 'd'])
    expect((await engine.listIndexed('d', 2)).map((e) => e.id)).toEqual(['e'])
    expect(await engine.listIndexed('e', 2)).toEqual([])
    await engine.upsert([doc('c', '2026-02-01T00:00:00.000Z')])
    await engine.remove(['a'])
    expect(await engine.listIndexed(null, 10)).toEqual([
      { id: 'b', updatedAt: '2026-01-04T00:00:00.000Z' },
      { id: 'c', updatedAt: '2026-02-01T00:00:00.000Z' },
      { id: 'd', updatedAt: '2026-01-05T00:00:00.000Z' },
      { id: 'e', updatedAt: '2026-01-01T00:00:00.000Z' },
    ])
    await engine.close()
  })

  it('keeps the updatedAt through a rebuild', async () => {
    const engine = new SqliteFtsEngine(':memory:')
    await engine.init()
    async function* source() {
      yield [doc('x', '2026-03-01T00:00:00.000Z'), doc('y')]
    }
    await engine.rebuild(source())
    expect(await engine.listIndexed(null, 10)).toEqual([
      { id: 'x', updatedAt: '2026-03-01T00:00:00.000Z' },
      { id: 'y', updatedAt: null },
    ])
    await engine.close()
  })

  it('upgrades an index written before updatedAt was recorded, without a reindex', async () => {
    const url = `file:${path.join(dir, 'old.db')}`
    const engine = new SqliteFtsEngine(url)
    await engine.init()
    await engine.upsert([doc('old', '2026-01-01T00:00:00.000Z')])
    await engine.close()
    // Back to the previous schema: the docs table without the column.
    const client = createClient({ url })
    await client.execute('ALTER TABLE search_docs DROP COLUMN updated_iso')
    client.close()

    const upgraded = new SqliteFtsEngine(url)
    await upgraded.init()
    expect(await upgraded.listIndexed(null, 10)).toEqual([{ id: 'old', updatedAt: null }])
    expect((await upgraded.search({ q: byId('a3').title })).hits.map((h) => h.id)).toEqual(['old'])
    await upgraded.upsert([doc('new', '2026-04-01T00:00:00.000Z')])
    expect(await upgraded.listIndexed('old', 10)).toEqual([])
    expect(await upgraded.listIndexed(null, 1)).toEqual([
      { id: 'new', updatedAt: '2026-04-01T00:00:00.000Z' },
    ])
    await upgraded.close()
  })
})

// Reconciliation (sync/reconcile.ts) walks the index in CMS-id order beside the published
// articles; the Meilisearch engine must list what it holds the same way the SQLite engine does.
import { describe, expect, it } from 'vitest'

import { byId } from '../../../../fixtures/search/articles'
import { useFakeMeilisearch } from './fake-server'

const { server, engine: makeEngine } = useFakeMeilisearch()

const doc = (id: string, updatedAt?: string) => ({ ...byId('a3'), id, slug: id, updatedAt })

describe('meilisearch engine: listing indexed entries for reconciliation', () => {
  it('pages by CMS id after a key, with the indexed updatedAt', async () => {
    const engine = makeEngine()
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
    await engine.remove(['a'])
    await engine.upsert([doc('f')])
    expect(await engine.listIndexed(null, 10)).toEqual([
      { id: 'b', updatedAt: '2026-01-04T00:00:00.000Z' },
      { id: 'c', updatedAt: '2026-01-03T00:00:00.000Z' },
      { id: 'd', updatedAt: '2026-01-05T00:00:00.000Z' },
      { id: 'e', updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'f', updatedAt: null },
    ])
  })

  it('lists by the CMS id even when the Meilisearch id is encoded', async () => {
    const engine = makeEngine()
    await engine.init()
    await engine.upsert([doc('b/2'), doc('a 1'), doc('c')])
    const listed = (await engine.listIndexed(null, 10)).map((e) => e.id)
    expect(listed).toEqual(['a 1', 'b/2', 'c'])
    expect((await engine.listIndexed('a 1', 10)).map((e) => e.id)).toEqual(['b/2', 'c'])
  })

  it('drops entries at or before the key if the server returns them', async () => {
    const engine = makeEngine()
    await engine.init()
    await engine.upsert([doc('a'), doc('b'), doc('c')])
    // A server with meilisearch/meilisearch#6335 answers `>` with extra matches.
    server.beforeRequest = (request) => {
      if (request.path.endsWith('/documents/fetch')) {
        const body = request.body as { filter?: string }
        delete body.filter
      }
    }
    expect((await engine.listIndexed('a', 10)).map((e) => e.id)).toEqual(['b', 'c'])
  })
})

// Wherever the process engine starts (server, index jobs of `cms import`/`cms seed`, `cms reindex`)
// it gets the editors' settings before init, so it never overwrites their synonyms on the index.
import type { Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { closeSearchEngine, getSearchEngine } from '@/search/engine'

import { useFakeMeilisearch } from './fake-server'

const { server } = useFakeMeilisearch()

/** Only what getSearchEngine reads: the search-settings global. */
const payloadWith = (terms: string) =>
  ({
    findGlobal: async () => ({ synonyms: [{ terms }], stopWords: '', misspellings: [] }),
  }) as unknown as Payload

describe('meilisearch engine: start-up settings', () => {
  const saved = { host: process.env.MEILI_HOST, index: process.env.MEILI_INDEX }
  afterEach(async () => {
    await closeSearchEngine()
    process.env.MEILI_HOST = saved.host
    process.env.MEILI_INDEX = saved.index
    if (saved.host === undefined) delete process.env.MEILI_HOST
    if (saved.index === undefined) delete process.env.MEILI_INDEX
  })

  it('initialises with the search-settings global when Payload is at hand', async () => {
    process.env.MEILI_HOST = server.url
    process.env.MEILI_INDEX = 'articles'
    await getSearchEngine(payloadWith('xylophone, trường học'))
    const patches = server.sent<{ synonyms?: Record<string, string[]> }>(
      'PATCH',
      '/indexes/articles/settings',
    )
    expect(patches).toHaveLength(1)
    expect(patches[0]?.synonyms?.xylophone).toEqual(['trường học'])
  })
})

// How the engine copes with the server itself: a stalled server, a server too old.
import { describe, expect, it } from 'vitest'

import { createSearchEngine } from '@/search/engines/create-engine'
import { isSupportedVersion } from '@/search/engines/meilisearch/version'

import { useFakeMeilisearch } from './fake-server'

const { server, engine: makeEngine } = useFakeMeilisearch()

describe('meilisearch engine: the server', () => {
  it('fails a search on a stalled server after the timeout instead of hanging', async () => {
    const engine = makeEngine({ timeoutMs: 300 })
    await engine.init()
    server.stall = (r) => r.path.endsWith('/search')
    const started = Date.now()
    const error: unknown = await engine.search({ q: 'đảng bộ' }).catch((e: unknown) => e)
    expect(String((error as Error).cause)).toMatch(/timed out after 300ms/)
    expect(Date.now() - started).toBeLessThan(2000)
  }, 10_000)

  it('refuses a server older than 1.18 at init with a clear message', async () => {
    server.version = '1.17.1'
    await expect(makeEngine().init()).rejects.toThrow(
      /Meilisearch 1\.17\.1 is not supported: this CMS needs Meilisearch 1\.18 or newer/,
    )
  })

  it('compares versions by number, not as text', () => {
    expect(isSupportedVersion('1.18.0')).toBe(true)
    expect(isSupportedVersion('v1.100.0')).toBe(true)
    expect(isSupportedVersion('2.0.0')).toBe(true)
    expect(isSupportedVersion('1.9.0')).toBe(false)
    expect(isSupportedVersion('nightly')).toBe(false)
  })

  it('reads the request timeout from MEILI_TIMEOUT_MS', () => {
    expect(() => createSearchEngine({ MEILI_HOST: server.url, MEILI_TIMEOUT_MS: 'soon' })).toThrow(
      /MEILI_TIMEOUT_MS/,
    )
    expect(createSearchEngine({ MEILI_HOST: server.url, MEILI_TIMEOUT_MS: '500' }).name).toBe(
      'meilisearch',
    )
  })
})

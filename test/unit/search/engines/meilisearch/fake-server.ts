// Shared set-up of the offline Meilisearch tests: a fake server over real HTTP per test file and
// engines talking to it. Not a test file itself (no .test suffix).
import { afterAll, beforeAll, beforeEach } from 'vitest'

import { MeilisearchEngine } from '@/search/engines/meilisearch/engine'

import { FakeMeilisearch } from '../../../../helpers/fake-meilisearch'

export function useFakeMeilisearch(): {
  server: FakeMeilisearch
  engine: (o?: { timeoutMs?: number }) => MeilisearchEngine
} {
  const server = new FakeMeilisearch()
  beforeAll(async () => {
    await server.start()
  })
  afterAll(async () => {
    await server.close()
  })
  beforeEach(() => {
    server.indexes.clear()
    server.requests.length = 0
    server.served.length = 0
    server.version = '1.18.0'
    server.stall = () => false
    server.onSearch = () => undefined
    server.beforeRequest = () => undefined
  })
  return {
    server,
    engine: (o = {}) =>
      new MeilisearchEngine({
        host: server.url,
        indexName: 'articles',
        timeoutMs: o.timeoutMs ?? 3000,
      }),
  }
}

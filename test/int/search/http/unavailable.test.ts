// The search 503 path: when the engine cannot answer (here a Meilisearch host that refuses
// connections), GET /api/search answers 503 with the Vietnamese "temporarily interrupted"
// message, the rest of the API keeps working, and search comes back without a restart once
// the engine is reachable again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeSearchEngine } from '@/search/engine'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { bootPayload, type TestPayload } from '../../../helpers/payload'

let t: TestPayload
let api: ApiServer

const UNAVAILABLE = 'Chức năng tìm kiếm đang tạm gián đoạn. Vui lòng thử lại sau ít phút.'

const search = async (q: string) => {
  const res = await fetch(`${api.url}/api/search?q=${encodeURIComponent(q)}`)
  return {
    status: res.status,
    cache: res.headers.get('cache-control'),
    body: (await res.json()) as { errors?: Array<{ message: string }>; total?: number },
  }
}

beforeAll(async () => {
  // Port 1 on loopback: nothing listens, so every connection is refused at once.
  t = await bootPayload('search-unavailable', { env: { MEILI_HOST: 'http://127.0.0.1:1' } })
  await t.payload.create({
    collection: 'articles',
    data: { title: 'Hội nghị học tập chuyên đề năm nay', kind: 'news', _status: 'published' },
    overrideAccess: true,
  })
  api = await startApiServer(t.payload.config)
})

afterAll(async () => {
  delete process.env.MEILI_HOST
  await api?.close()
  await closeSearchEngine()
  await t?.cleanup()
})

describe('search engine unavailable', () => {
  it('answers 503 with the Vietnamese message, every time, and is not cached', async () => {
    for (const q of ['hội nghị', 'chuyên đề']) {
      const res = await search(q)
      expect(res.status).toBe(503)
      expect(res.body).toEqual({ errors: [{ message: UNAVAILABLE }] })
      expect(res.cache).toBe('no-store')
    }
  })

  it('leaves the rest of the API working', async () => {
    const res = await fetch(`${api.url}/api/articles?limit=5&depth=0`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: Array<{ title: string }> }
    expect(body.docs.map((d) => d.title)).toContain('Hội nghị học tập chuyên đề năm nay')
  })

  it('searches again without a restart once the engine is reachable', async () => {
    // The embedded index instead of the dead host; the failed engine was never kept.
    delete process.env.MEILI_HOST
    const res = await search('hội nghị')
    expect(res.status).toBe(200)
    expect(typeof res.body.total).toBe('number')
  })
})

/**
 * English pages in the page cache (issue 12 §2) on the production server over real HTTP: /en and
 * an English page are kept (`X-Page-Cache: HIT`) and dropped when what they show changes — an
 * English page, a leader, a unit or the site settings — and then show the new English text.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let pageId = ''
let leaderId = ''
let unitId = ''

async function get(path: string): Promise<{ cache: string | null; body: string }> {
  const res = await fetch(`${server.url}${path}`)
  return { cache: res.headers.get('x-page-cache'), body: await res.text() }
}

async function warm(path: string): Promise<void> {
  let cache: string | null = null
  for (let i = 0; i < 5 && cache !== 'HIT'; i++) {
    await get(path)
    cache = (await get(path)).cache
  }
  expect(cache, `${path} should be cached before the change`).toBe('HIT')
}

/** The page shows `text` within about 2 s (the change's invalidation reaches every server). */
async function shows(path: string, text: string): Promise<void> {
  const deadline = Date.now() + 5000
  let body = ''
  while (Date.now() < deadline) {
    body = (await get(path)).body
    if (body.includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  expect(body).toContain(text)
}

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, false)
  payload = server.payload
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: 'Lãnh đạo',
      slug: 'lanh-dao',
      layout: [
        { blockType: 'leaderList', showBiography: false },
        { blockType: 'orgChart', showDetails: false },
      ],
      _status: 'published',
    },
    overrideAccess: true,
  })
  pageId = page.id
  await payload.update({
    collection: 'pages',
    id: pageId,
    locale: 'en',
    data: {
      title: 'Leadership',
      layout: [
        { blockType: 'leaderList', showBiography: false },
        { blockType: 'orgChart', showDetails: false },
      ],
      _status: 'published',
    },
    overrideAccess: true,
  })
  leaderId = (
    await payload.create({
      collection: 'leaders',
      data: { name: 'Nguyễn Văn A', position: 'Bí thư', _status: 'published' },
      overrideAccess: true,
    })
  ).id
  unitId = (
    await payload.create({
      collection: 'units',
      data: { name: 'Văn phòng', _status: 'published' },
      overrideAccess: true,
    })
  ).id
  for (const [collection, id, data] of [
    ['leaders', leaderId, { position: 'Secretary' }],
    ['units', unitId, { name: 'Office' }],
  ] as const)
    await payload.update({
      collection,
      id,
      locale: 'en',
      data: { ...data, _status: 'published' },
      overrideAccess: true,
    })
})

afterAll(async () => {
  await server?.close()
})

describe('English pages in the page cache', () => {
  it('are dropped when an English page, a leader, a unit or the site settings change', async () => {
    await shows('/en/lanh-dao', 'Secretary')
    await warm('/en/lanh-dao')
    await payload.update({
      collection: 'leaders',
      id: leaderId,
      locale: 'en',
      data: { position: 'Party Secretary' },
      overrideAccess: true,
    })
    await shows('/en/lanh-dao', 'Party Secretary')

    await warm('/en/lanh-dao')
    await payload.update({
      collection: 'units',
      id: unitId,
      locale: 'en',
      data: { name: 'Office of the Committee' },
      overrideAccess: true,
    })
    await shows('/en/lanh-dao', 'Office of the Committee')

    await warm('/en/lanh-dao')
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'en',
      data: { title: 'Our leaders' },
      overrideAccess: true,
    })
    await shows('/en/lanh-dao', 'Our leaders')

    await warm('/en')
    await payload.updateGlobal({
      slug: 'site',
      locale: 'en',
      data: { name: 'Party Committee portal' },
      overrideAccess: true,
    })
    await shows('/en', 'Party Committee portal')
  })
})

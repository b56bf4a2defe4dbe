import dgram from 'node:dgram'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { viewLogKey } from '@/site/readership/view-log-key'

import { freePort } from '../helpers/nginx'
import { startProductionServer } from '../helpers/production-server'

/**
 * Attack: put an article into "Đọc nhiều" and raise the footer's "Hôm nay" by sending the same
 * page many times from one address with a browser's user agent (300 curl requests in 17 s did
 * both). A page view is a visit: one address counts a given page at most once per 30 minutes,
 * on the direct path and on nginx's datagram path alike; every request is still seen. The
 * control: the same page from three addresses counts three. Then the figures readers see follow
 * the counted views: the most visited article heads "Đọc nhiều", not the most requested one, and
 * the footer shows the counted totals in Vietnamese number format.
 */
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

let server: Awaited<ReturnType<typeof startProductionServer>>
let listenPort = 0
const paths = { visited: '', flooded: '', datagram: '' }
const titles = { visited: '', flooded: '' }

/** GET as a browser behind the trusted (loopback) proxy, from client address `client`. */
const getFrom = async (client: string, path: string) => {
  const res = await fetch(`${server.url}${path}`, {
    headers: { 'user-agent': BROWSER, 'x-forwarded-for': client },
  })
  await res.arrayBuffer()
  return res
}

const viewsOf = async (path: string) => {
  const { docs } = await server.payload.find({
    collection: 'page-views',
    where: { path: { equals: path } },
    overrideAccess: true,
  })
  return docs.reduce((n, d) => n + d.views, 0)
}

/** Waits for the flusher (every 200 ms) to have written everything counted so far, and then some. */
const flushed = () => new Promise((resolve) => setTimeout(resolve, 1500))

/** A datagram as nginx's `access_log syslog:…` writes it for a micro-cache hit by `client`. */
const sendDatagram = (path: string, client: string) =>
  new Promise<void>((resolve, reject) => {
    const entry = { k: viewLogKey(), m: 'GET', u: path, s: '200', t: 'text/html; charset=utf-8' }
    const line = `<190>Nov 30 04:00:00 portalview: ${JSON.stringify({ ...entry, a: BROWSER, r: '', p: '', q: '', ip: client })}`
    const socket = dgram.createSocket('udp4')
    socket.bind(0, '127.0.0.1', () =>
      socket.send(line, listenPort, '127.0.0.1', (error) => {
        socket.close()
        if (error) reject(error)
        else resolve()
      }),
    )
  })

beforeAll(async () => {
  listenPort = await freePort()
  server = await startProductionServer({
    PAGE_VIEWS_FLUSH_MS: '200',
    PAGE_VIEWS_LISTEN: `127.0.0.1:${listenPort}`,
  })
  const stamp = Date.now()
  for (const which of ['visited', 'flooded', 'datagram'] as const) {
    const article = await server.payload.create({
      collection: 'articles',
      data: { title: `Bài lượt xem ${which} ${stamp}`, kind: 'news', _status: 'published' },
      overrideAccess: true,
    })
    paths[which] = `/bai-viet/${article.slug}`
    if (which !== 'datagram') titles[which] = article.title
  }
  // Views of an older day, so that the footer's total needs a thousands separator.
  await server.payload.create({
    collection: 'page-views',
    data: { day: '2026-01-05', path: '/', kind: 'home', key: '', views: 1234 },
    overrideAccess: true,
  })
}, 600_000)

afterAll(async () => {
  await server?.close()
})

describe('one client repeating a page', () => {
  it('counts 50 requests from one address as one view, and three addresses as three', async () => {
    for (let i = 0; i < 50; i++)
      expect((await getFrom('203.0.113.10', paths.flooded)).status).toBe(200)
    for (const client of ['203.0.113.21', '203.0.113.22', '203.0.113.23'])
      expect((await getFrom(client, paths.visited)).status).toBe(200)
    await flushed()
    expect(await viewsOf(paths.flooded)).toBe(1)
    expect(await viewsOf(paths.visited)).toBe(3)
  }, 120_000)

  it('counts nginx datagrams the same way: 20 from one address are one view', async () => {
    for (let i = 0; i < 20; i++) await sendDatagram(paths.datagram, '198.51.100.5')
    await sendDatagram(paths.datagram, '198.51.100.6')
    await flushed()
    expect(await viewsOf(paths.datagram)).toBe(2)
  }, 60_000)
})

describe('the figures readers see', () => {
  it('lists the most visited article first in "Đọc nhiều" and shows the counted totals', async () => {
    // Both flooded and visited have been flushed (above). The figures are refreshed once a minute
    // (site/data/readership.ts); this test, in the server's process, stands in for that minute.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('portal.site.readership')]
    // As a crawler, whose view is not counted: the page shows exactly the views counted above.
    const res = await fetch(`${server.url}/`, { headers: { 'user-agent': 'Googlebot/2.1' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    const mostRead = /id="doc-nhieu"[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    const visitedAt = mostRead.indexOf(titles.visited)
    const floodedAt = mostRead.indexOf(titles.flooded)
    expect(visitedAt, mostRead).toBeGreaterThanOrEqual(0)
    expect(floodedAt, mostRead).toBeGreaterThan(visitedAt)
    // Counted today: 1 + 3 + 2 article views; in all, with the older day's 1,234 as well.
    expect(html).toMatch(/<dd data-stat="today">6<\/dd>/)
    expect(html).toMatch(/<dd data-stat="total">1\.240<\/dd>/)
  }, 60_000)
})

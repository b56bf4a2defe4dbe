import crypto from 'node:crypto'
import dgram from 'node:dgram'
import os from 'node:os'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { viewLogKey } from '@/site/readership/view-log-key'

import { freePort } from '../helpers/nginx'
import { startProductionServer } from '../helpers/production-server'

/**
 * Attack: inflate an article's readership figures through the listener that counts nginx's
 * micro-cache hits (PAGE_VIEWS_LISTEN, one UDP datagram per hit), by sending forged datagrams
 * straight to it. Only a datagram from an address TRUST_PROXY trusts (nginx) carrying the key
 * counts; anything else is dropped. The one datagram made as nginx makes it is the control that
 * shows the counting would have seen a forged one.
 */
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

/** An address of this machine that is not loopback (so not a trusted proxy by default). */
const outsideAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address

describe('page-view datagrams: forged reports', () => {
  let server: Awaited<ReturnType<typeof startProductionServer>>
  let path = ''
  let port = 0
  /** A datagram as nginx's `access_log syslog:…` writes it, sent from `from`. */
  const send = (key: string, from = '127.0.0.1') =>
    new Promise<void>((resolve, reject) => {
      const entry = { k: key, m: 'GET', u: path, s: '200', t: 'text/html; charset=utf-8' }
      const line = `<190>Nov 30 04:00:00 portalview: ${JSON.stringify({ ...entry, a: BROWSER, r: '', p: '', q: '', ip: '203.0.113.7' })}`
      const socket = dgram.createSocket('udp4')
      socket.bind(0, from, () =>
        socket.send(line, port, '127.0.0.1', (error) => {
          socket.close()
          if (error) reject(error)
          else resolve()
        }),
      )
    })
  const views = async () => {
    const { docs } = await server.payload.find({
      collection: 'page-views',
      where: { path: { equals: path } },
      overrideAccess: true,
    })
    return docs.reduce((n, d) => n + d.views, 0)
  }
  const flushed = () => new Promise((resolve) => setTimeout(resolve, 1500))

  beforeAll(async () => {
    port = await freePort()
    // Listening on every interface, so that a datagram from a non-loopback source can arrive.
    server = await startProductionServer({
      PAGE_VIEWS_FLUSH_MS: '200',
      PAGE_VIEWS_LISTEN: `0.0.0.0:${port}`,
    })
    const article = await server.payload.create({
      collection: 'articles',
      data: { title: `Bài đếm lượt xem ${Date.now()}`, kind: 'news', _status: 'published' },
      overrideAccess: true,
    })
    path = `/bai-viet/${article.slug}`
  })
  afterAll(async () => {
    await server?.close()
  })

  it('drops datagrams without the key, with a wrong key, or from an untrusted address', async () => {
    for (let i = 0; i < 5; i++) await send('')
    for (let i = 0; i < 5; i++) await send(crypto.randomBytes(32).toString('hex'))
    const key = viewLogKey()
    // The right key from an address TRUST_PROXY does not name (loopback by default).
    if (outsideAddress) for (let i = 0; i < 5; i++) await send(key, outsideAddress)
    else console.warn('[security] no non-loopback address; untrusted-address case not checked')
    await flushed()
    expect(await views()).toBe(0)

    // The control: nginx's own datagram (trusted loopback, right key) counts.
    await send(key)
    await flushed()
    expect(await views()).toBe(1)
  }, 60_000)
})

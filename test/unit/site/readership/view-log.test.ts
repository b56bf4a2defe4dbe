import dgram from 'node:dgram'

import { describe, expect, it } from 'vitest'

import type { PageView } from '@/site/readership/page-view'
import { datagramReader, listenForViews, viewFromDatagram } from '@/site/readership/view-log'
import { viewLogAddress } from '@/site/readership/view-log-key'

const KEY = 'k'.repeat(64)
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
const entry = {
  k: KEY,
  m: 'GET',
  u: '/bai-viet/mot-bai?utm_source=zalo',
  s: '200',
  t: 'text/html; charset=utf-8',
  a: BROWSER,
  r: '',
  p: '',
  q: '',
  ip: '203.0.113.9',
}
/** As nginx sends it: `access_log syslog:…,tag=portalview,nohostname` with escape=json. */
const line = (fields: Record<string, string> = {}) =>
  `<190>Nov 30 04:00:00 portalview: ${JSON.stringify({ ...entry, ...fields })}`

describe('page views from nginx datagrams', () => {
  it('reads a micro-cache hit as the view the direct path would count', () => {
    expect(viewFromDatagram(line(), KEY)).toEqual({
      path: '/bai-viet/mot-bai',
      kind: 'article',
      key: 'mot-bai',
      address: '203.0.113.9',
    })
  })

  it('counts nothing the direct path would not count, nor without the key', () => {
    for (const fields of <Array<Record<string, string>>>[
      { k: 'x'.repeat(64) },
      { k: '' },
      { m: 'HEAD' },
      { s: '404' },
      { t: 'application/rss+xml' },
      { a: 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
      { a: '' },
      { r: '1' },
      { p: '1' },
      { q: 'prefetch' },
      { u: '/admin' },
      { u: 'bai-viet/x' },
    ])
      expect(viewFromDatagram(line(fields), KEY), JSON.stringify(fields)).toBeNull()
    expect(viewFromDatagram('<190>Nov 30 04:00:00 portalview: {not json', KEY)).toBeNull()
    expect(viewFromDatagram(JSON.stringify(entry), KEY)).toBeNull()
  })

  it('reads a stream of datagrams exactly as viewFromDatagram reads each one', () => {
    const read = datagramReader(KEY)
    const messages = [
      line(),
      line({ ip: '198.51.100.20' }),
      line({ ip: '2001:db8::7' }),
      line({ u: '/' }),
      line({ u: '/chuyen-muc/tin-tuc', ip: '198.51.100.21' }),
      line({ k: 'x'.repeat(64) }),
      line({ a: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }),
      line({ s: '404' }),
      line({ m: 'HEAD' }),
      line({ r: '1' }),
      // A user agent that tries to end the entry early and name its own address.
      line({ a: `${BROWSER}","ip":"192.0.2.1` }),
      line({ u: '/bai-viet/x","ip":"192.0.2.1"}' }),
      // Not the format nginx writes: each one must take the exact path.
      `${line()}
`,
      line({ ip: 'unix:' }),
      line({ ip: '' }),
      line().replace(/,"ip":"[^"]*"/, ''),
      line().replace(/"ip":/, '"ip":1,"x":'),
      `<190>Nov 30 04:00:00 portalview: {,"ip":"192.0.2.1"}`,
      `<190>Nov 30 04:00:00 portalview: {"k":"${KEY}","ip":"192.0.2.1"}`,
      `<190>Nov 30 04:00:00 portalview: ${JSON.stringify(Object.assign({ ip: '192.0.2.9' }, entry))}`,
      `<190>Nov 30 04:00:00 portalview: ${JSON.stringify(entry).slice(0, -1)},"ip":"192.0.2.1"}`,
      `<190>Nov 30 04:00:00 portalview: {"k":"${KEY}","u":"/","ip":"192.0.2.1"} portalview: {"ip":"1.1.1.1"}`,
      'garbage,"ip":"192.0.2.1"}',
    ]
    // Twice over: the second time the request fields' verdicts are remembered.
    for (const message of [...messages, ...messages])
      expect(read(message), message).toEqual(viewFromDatagram(message, KEY))
    expect(read(line({ ip: '192.0.2.77' }))?.address).toBe('192.0.2.77')
    expect(read(line({ a: `${BROWSER}","ip":"192.0.2.1`, ip: '192.0.2.2' }))?.address).toBe(
      '192.0.2.2',
    )
  })

  it('keeps answering right after it has forgotten what it remembered', () => {
    const read = datagramReader(KEY)
    for (let i = 0; i < 10_000; i++)
      expect(read(line({ u: `/bai-viet/bai-${i}`, ip: `10.0.${i >> 8}.${i & 255}` }))?.key).toBe(
        `bai-${i}`,
      )
    expect(read(line({ u: '/bai-viet/bai-0', k: 'y'.repeat(64) }))).toBeNull()
    expect(read(line({ u: '/bai-viet/bai-0' }))?.key).toBe('bai-0')
  })

  it('listens, counts datagrams from trusted addresses only, and survives garbage', async () => {
    const counted: PageView[] = []
    const trusted = (address: string) => address === '127.0.0.1'
    const listener = await listenForViews({ host: '127.0.0.1', port: 0 }, KEY, trusted, (v) =>
      counted.push(v),
    )
    expect(listener).not.toBeNull()
    const send = (text: string) =>
      new Promise<void>((resolve) => {
        const socket = dgram.createSocket('udp4')
        socket.send(text, listener!.address.port, '127.0.0.1', () => {
          socket.close()
          resolve()
        })
      })
    await send('garbage')
    await send(line())
    await send(line({ s: '500' }))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(counted.map((v) => v.path)).toEqual(['/bai-viet/mot-bai'])
    // The same datagram from an address not trusted is dropped.
    const refusing = await listenForViews(
      { host: '127.0.0.1', port: 0 },
      KEY,
      () => false,
      (v) => counted.push(v),
    )
    await new Promise<void>((resolve) => {
      const socket = dgram.createSocket('udp4')
      socket.send(line(), refusing!.address.port, '127.0.0.1', () => {
        socket.close()
        resolve()
      })
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(counted).toHaveLength(1)
    // After a trusted sender, another loopback address that is not trusted still counts nothing.
    await new Promise<void>((resolve, reject) => {
      const socket = dgram.createSocket('udp4')
      socket.once('error', reject)
      socket.bind(0, '127.0.0.2', () =>
        socket.send(line(), listener!.address.port, '127.0.0.1', () => {
          socket.close()
          resolve()
        }),
      )
    })
    await send(line({ u: '/' }))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(counted.map((v) => v.path)).toEqual(['/bai-viet/mot-bai', '/'])
    // A port already taken: a warning, no crash.
    const taken = await listenForViews(listener!.address, KEY, trusted, () => undefined)
    expect(taken).toBeNull()
    await listener!.close()
    await refusing!.close()
  })

  it('reads PAGE_VIEWS_LISTEN', () => {
    expect(viewLogAddress({})).toEqual({ host: '127.0.0.1', port: 5140 })
    expect(viewLogAddress({ PAGE_VIEWS_LISTEN: '[::1]:6000' })).toEqual({ host: '::1', port: 6000 })
    expect(viewLogAddress({ PAGE_VIEWS_LISTEN: 'off' })).toBeNull()
    expect(viewLogAddress({ PAGE_VIEWS: 'off' })).toBeNull()
    expect(() => viewLogAddress({ PAGE_VIEWS_LISTEN: 'localhost' })).toThrow(/PAGE_VIEWS_LISTEN/)
  })
})

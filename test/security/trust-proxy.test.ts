// Attack surface: behind nginx every request comes from the proxy's address. TRUST_PROXY=1 (as
// .env.example suggested) was read as the IP address 0.0.0.1, so the proxy was not trusted, every
// visitor shared the proxy's rate-limit bucket (one scraper locked everyone out of search), and
// TRUST_PROXY=true crashed the start. Numbers and booleans must be parsed.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseTrustProxy } from '@/server/trust-proxy'

import { startProductionServer } from '../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let proxy: http.Server
let proxyUrl: string

/**
 * A loopback reverse proxy that does what nginx's `proxy_add_x_forwarded_for` does: append the
 * connecting client's address to whatever X-Forwarded-For the client sent.
 */
function startProxy(target: string): Promise<http.Server> {
  const upstream = new URL(target)
  const p = http.createServer((req, res) => {
    const forwarded = [
      req.headers['x-forwarded-for'],
      req.socket.remoteAddress?.replace(/^::ffff:/, ''),
    ]
      .filter(Boolean)
      .join(', ')
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, 'x-forwarded-for': forwarded },
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers)
        upstreamRes.pipe(res)
      },
    )
    out.on('error', () => res.destroy())
    req.pipe(out)
  })
  return new Promise((resolve) => p.listen(0, '127.0.0.1', () => resolve(p)))
}

/** GET through the proxy from a given loopback source address (127.0.0.2, 127.0.0.3 …). */
function getFrom(
  localAddress: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${proxyUrl}${path}`, { localAddress, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
  })
}

beforeAll(async () => {
  server = await startProductionServer({ TRUST_PROXY: '1', RATE_LIMIT_SEARCH: '3' })
  proxy = await startProxy(server.url)
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve))
  await server?.close()
})

describe('TRUST_PROXY parsing', () => {
  it('reads hop counts as numbers, true/false as booleans and anything else as addresses', () => {
    expect(parseTrustProxy('1')).toBe(1)
    expect(parseTrustProxy(' 2 ')).toBe(2)
    expect(parseTrustProxy('true')).toBe(true)
    expect(parseTrustProxy('TRUE')).toBe(true)
    expect(parseTrustProxy('false')).toBe(false)
    expect(parseTrustProxy('0')).toBe(0)
    expect(parseTrustProxy(undefined)).toBe('loopback')
    expect(parseTrustProxy('')).toBe('loopback')
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8')
  })

  it('gives Express a value it starts with and that trusts the proxy (TRUST_PROXY=true)', async () => {
    const app = express()
    expect(() => app.set('trust proxy', parseTrustProxy('true'))).not.toThrow()
    app.get('/ip', (req, res) => {
      res.json({ ip: req.ip })
    })
    const s = await new Promise<http.Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    try {
      const port = (s.address() as AddressInfo).port
      const res = await fetch(`http://127.0.0.1:${port}/ip`, {
        headers: { 'x-forwarded-for': '203.0.113.7' },
      })
      expect(await res.json()).toEqual({ ip: '203.0.113.7' })
    } finally {
      await new Promise((resolve) => s.close(resolve))
    }
  })

  it('rejects nonsense instead of starting with a broken setting', () => {
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY/)
  })
})

describe('rate limits behind one proxy (TRUST_PROXY=1)', () => {
  it('gives every client behind the proxy its own bucket', async () => {
    const a = '127.0.0.2'
    const b = '127.0.0.3'
    for (let i = 0; i < 3; i++) expect(await getFrom(a, '/api/search?q=hoi+nghi')).toBe(200)
    expect(await getFrom(a, '/api/search?q=hoi+nghi')).toBe(429)
    // Client A cannot escape its bucket by claiming another address: the proxy appends the
    // real one and only one hop is trusted.
    expect(await getFrom(a, '/api/search?q=hoi+nghi', { 'x-forwarded-for': '198.51.100.99' })).toBe(
      429,
    )
    expect(await getFrom(b, '/api/search?q=hoi+nghi')).toBe(200)
  })
})

/**
 * The page cache and the per-request nonce (security.ts): a kept page never carries a nonce, hits
 * get a fresh policy, and what Next reads as the policy is always the server's own, never one a
 * client sent. Real Express over real HTTP, with stand-in pages instead of Next.
 */
import type { Server } from 'node:http'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageCache } from '@/server/page-cache'
import { cspNonceOf, securityHeaders } from '@/server/security'

let server: Server
let base: string

beforeAll(async () => {
  const app = express()
  app.use(securityHeaders(false), pageCache())
  app.get('/plain', (_req, res) => {
    res.type('html').send('<!doctype html><html><body><p>tin</p></body></html>')
  })
  app.get('/with-nonce', (_req, res) => {
    res.type('html').send(`<html><body><script nonce="${cspNonceOf(res)}">1</script></body></html>`)
  })
  app.get('/policy-seen-by-next', (req, res) => {
    res.type('text/plain').send(String(req.headers['content-security-policy']))
  })
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const address = server.address()
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const nonceIn = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1]

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers })
  return {
    cache: res.headers.get('x-page-cache'),
    nonce: nonceIn(res.headers.get('content-security-policy')),
    csp: res.headers.get('content-security-policy'),
    body: await res.text(),
  }
}

describe('page cache and CSP nonce', () => {
  it('serves a kept page with a new nonce on every hit', async () => {
    const first = await get('/plain')
    const second = await get('/plain')
    const third = await get('/plain')
    expect([first.cache, second.cache, third.cache]).toEqual(['MISS', 'HIT', 'HIT'])
    const nonces = [first.nonce, second.nonce, third.nonce]
    expect(nonces.every((n) => n && n.length >= 22)).toBe(true)
    expect(new Set(nonces).size).toBe(3)
  })

  it('never keeps a page that holds its own nonce', async () => {
    for (let i = 0; i < 3; i++) {
      const page = await get('/with-nonce')
      expect(page.cache).toBe('MISS')
      expect(page.body).toContain(`nonce="${page.nonce}"`)
    }
  })

  it('hands Next the response’s policy, not one the client sent', async () => {
    const page = await get('/policy-seen-by-next', {
      'Content-Security-Policy': "script-src 'nonce-chosenByAttacker'",
      'Content-Security-Policy-Report-Only': "script-src 'nonce-chosenByAttacker'",
    })
    expect(page.body).toBe(page.csp)
    expect(page.body).not.toContain('chosenByAttacker')
  })
})

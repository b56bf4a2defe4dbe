// Which form posts count as coming from the portal's own page (the only ones whose refused text
// is shown again), over real HTTP through Express as the route reads them.
import type { Server } from 'node:http'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sameOriginPost } from '@/feedback/same-origin-post'

const SITE = 'https://dangbo.example.vn'
let server: Server
let base: string
const saved = process.env.SERVER_URL

beforeAll(async () => {
  process.env.SERVER_URL = SITE
  const app = express()
  app.post('/', (req, res) => void res.send(sameOriginPost(req) ? 'echo' : 'bare'))
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  if (saved === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = saved
  await new Promise((resolve) => server.close(resolve))
})

const post = async (headers: Record<string, string>) =>
  (await fetch(base, { method: 'POST', headers })).text()

describe('sameOriginPost', () => {
  it('trusts the browser’s Sec-Fetch-Site over Origin', async () => {
    expect(await post({ 'sec-fetch-site': 'same-origin' })).toBe('echo')
    expect(await post({ 'sec-fetch-site': 'same-site', origin: SITE })).toBe('bare')
    expect(await post({ 'sec-fetch-site': 'cross-site', origin: SITE })).toBe('bare')
  })

  it('decides a user-initiated post (Sec-Fetch-Site: none, e.g. a resent form) by its Origin', async () => {
    expect(await post({ 'sec-fetch-site': 'none', origin: SITE })).toBe('echo')
    expect(await post({ 'sec-fetch-site': 'none', origin: 'https://evil.example' })).toBe('bare')
    expect(await post({ 'sec-fetch-site': 'none' })).toBe('bare')
  })

  it('without it, wants an Origin equal to SERVER_URL’s', async () => {
    expect(await post({ origin: SITE })).toBe('echo')
    expect(await post({ origin: `${SITE}:8443` })).toBe('bare')
    expect(await post({ origin: 'http://dangbo.example.vn' })).toBe('bare')
    expect(await post({ origin: 'https://dangbo.example.vn.evil.example' })).toBe('bare')
    expect(await post({ origin: 'null' })).toBe('bare')
    expect(await post({ origin: 'not a url' })).toBe('bare')
  })

  it('gives nothing back to a post with neither header', async () => {
    expect(await post({})).toBe('bare')
  })
})

// Attack: a bot farm fetches form tokens from one address (one page load each, served from the
// page cache, cheap) and hands them to many other machines that post the comments, so the
// per-address rate limit and the token's minimum fill time stop nothing. A token must only be
// accepted from the network it was issued to (the client address as Express resolves it with
// TRUST_PROXY; the same /24 or /48, so a phone whose carrier moves it within its pool is not
// refused), and a refused reader must be told why in Vietnamese and get a token of their own.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { publishedArticle, sameOriginHeaders } from '../helpers/feedback'
import { startProductionServer } from '../helpers/production-server'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
let article: Article
const suffix = Date.now().toString(36)
const TOKEN = /name="ma" value="([^"]+)"/
const HARVESTER = '203.0.113.5'
const SAME_NETWORK = '203.0.113.77'
const ELSEWHERE = '198.51.100.7'

/** A page as the client at `ip` gets it (one trusted proxy hop: the test is the proxy). */
async function pageAs(ip: string, path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': ip } })
  return { cache: res.headers.get('x-page-cache'), html: await res.text() }
}

async function tokenAs(ip: string): Promise<{ token: string; cache: string | null }> {
  const { html, cache } = await pageAs(ip, `/bai-viet/${article.slug}`)
  const token = TOKEN.exec(html)?.[1]
  if (!token) throw new Error('no form token on the article page')
  return { token, cache }
}

async function postAs(ip: string, token: string, text: string) {
  const res = await fetch(`${server.url}/gui-y-kien`, {
    method: 'POST',
    // Posted from the portal's page, as a browser does: the refusal gives the text back.
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': ip,
      ...sameOriginHeaders(server.url),
    },
    body: new URLSearchParams({
      bai: article.id,
      ma: token,
      'ho-ten': 'Trần Thị Bình',
      'lien-he': 'binh.tran@vidu.vn',
      'noi-dung': text,
      website: '',
    }).toString(),
    redirect: 'manual',
  })
  return { status: res.status, body: await res.text() }
}

const stored = async (marker: string) =>
  (
    await payload.count({
      collection: 'comments',
      where: { text: { contains: marker } },
      overrideAccess: true,
    })
  ).totalDocs

const fill = () => new Promise((resolve) => setTimeout(resolve, 1100))

beforeAll(async () => {
  server = await startProductionServer({
    TRUST_PROXY: '1',
    RATE_LIMIT_FEEDBACK: '50',
    RATE_LIMIT_PAGES: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  article = await publishedArticle(payload, `Bài thử mã biểu mẫu ${suffix}`)
})

afterAll(async () => {
  await server?.close()
})

describe('form tokens are bound to the client’s network', () => {
  it('refuses a token fetched by another client, in Vietnamese, keeping the text', async () => {
    const harvested = await tokenAs(HARVESTER)
    await fill()
    const marker = `harvest${suffix}`
    const res = await postAs(ELSEWHERE, harvested.token, `Ý kiến của máy khác ${marker}`)
    expect(res.status).toBe(400)
    expect(res.body).toContain('mạng khác')
    expect(res.body).toContain(`Ý kiến của máy khác ${marker}`)
    expect(await stored(marker)).toBe(0)

    // The page given back carries a token issued to this reader, which this reader can send.
    const fresh = TOKEN.exec(res.body)?.[1]
    expect(fresh).toBeDefined()
    await fill()
    const again = await postAs(ELSEWHERE, fresh!, `Ý kiến của máy khác ${marker}`)
    expect(again.status).toBe(303)
    expect(await stored(marker)).toBe(1)
  })

  it('accepts the token from its own client, from a cached page too', async () => {
    const first = await tokenAs(HARVESTER)
    const second = await tokenAs(HARVESTER)
    expect(second.cache).toBe('HIT')
    expect(second.token).not.toBe(first.token)
    await fill()
    const marker = `own${suffix}`
    expect((await postAs(HARVESTER, first.token, `Một ${marker}`)).status).toBe(303)
    expect((await postAs(HARVESTER, second.token, `Hai ${marker}`)).status).toBe(303)
    expect(await stored(marker)).toBe(2)
  })

  it('accepts the token from the same /24 (a phone moved within its carrier’s pool)', async () => {
    const { token } = await tokenAs(HARVESTER)
    await fill()
    const marker = `nat${suffix}`
    expect((await postAs(SAME_NETWORK, token, `Đổi địa chỉ ${marker}`)).status).toBe(303)
    expect(await stored(marker)).toBe(1)
  })

  it('binds IPv6 clients to their /48', async () => {
    const { token } = await tokenAs('2001:db8:1234:5::10')
    await fill()
    const marker = `v6${suffix}`
    expect((await postAs('2001:db8:1234:99::1', token, `Cùng mạng ${marker}`)).status).toBe(303)
    const other = await tokenAs('2001:db8:1234:5::10')
    await fill()
    const res = await postAs('2001:db8:9999::1', other.token, `Mạng khác ${marker}`)
    expect(res.status).toBe(400)
    expect(res.body).toContain('mạng khác')
    expect(await stored(marker)).toBe(1)
  })
})

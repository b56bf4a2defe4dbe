/**
 * Readership counting on real production servers: two processes on one SQLite database, as in
 * README's "Several processes". Parallel reader requests (page-cache hits and misses, on both
 * processes, each from its own reader) must all be counted exactly, with no increment lost
 * between the two flushers; bots, the admin, the API and feeds are not counted; the admin view
 * and its CSV are for editors and admins only; the EMC script reaches the page and the CSP only
 * when set, and only over https.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureBuild } from '../../helpers/e2e/server'
import { loginToken } from '../../helpers/http'
import { localPayload } from '../../helpers/ops/local-payload'
import {
  freePort,
  installEnv,
  type ServerChild,
  startServerProcess,
} from '../../helpers/ops/processes'
import { pollUntil } from '../../helpers/poll'
import { createUser, passwordFor } from '../../helpers/users'

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-views-'))
const env = installEnv(dir, { PAGE_VIEWS_FLUSH_MS: '300' })
let payload: Payload
let a: ServerChild
let b: ServerChild
let slug = ''
const tokens: Record<'admin' | 'editor' | 'reporter', string> = {
  admin: '',
  editor: '',
  reporter: '',
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { 'user-agent': BROWSER, ...headers }, redirect: 'manual' })

async function viewsOf(pagePath: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'page-views',
    where: { path: { equals: pagePath } },
    limit: 100,
    overrideAccess: true,
  })
  return docs.reduce((n, d) => n + Number(d.views), 0)
}

beforeAll(async () => {
  ensureBuild()
  fs.writeFileSync(path.join(dir, '.payload-secret'), crypto.randomBytes(32).toString('hex'))
  a = await startServerProcess({ ...env, SEED_DEMO: 'true' }, await freePort())
  b = await startServerProcess({ ...env, JOBS_AUTORUN: 'false' }, await freePort())
  payload = await localPayload(env, 'views')
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    limit: 1,
    overrideAccess: true,
  })
  slug = docs[0]?.slug ?? ''
  for (const role of ['admin', 'editor', 'reporter'] as const) {
    const user = await createUser(payload, role, '-views')
    tokens[role] = await loginToken(a.url, user.email, passwordFor(role))
  }
  // A first run builds .next (minutes on a loaded machine), then two servers start and one seeds.
}, 900_000)

afterAll(async () => {
  for (const s of [a, b]) s?.proc.kill('SIGKILL')
  await Promise.all([a?.exited, b?.exited])
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the admin readership view and CSV', () => {
  it('opens for editors and admins, not for reporters or anonymous visitors', async () => {
    for (const role of ['admin', 'editor'] as const) {
      const res = await get(`${a.url}/admin/thong-ke`, { cookie: `payload-token=${tokens[role]}` })
      const html = await res.text()
      expect(res.status, role).toBe(200)
      expect(html).toContain('Lượt xem mỗi ngày, 90 ngày qua')
      expect(html.match(/<rect[^>]*data-day=/g)?.length).toBe(90)
    }
    const reporter = await get(`${a.url}/admin/thong-ke`, {
      cookie: `payload-token=${tokens.reporter}`,
    })
    const reporterHtml = await reporter.text()
    expect(reporterHtml).toContain('data-readership-denied')
    expect(reporterHtml).not.toContain('data-day=')
    const anonymous = await get(`${a.url}/admin/thong-ke`)
    expect(await anonymous.text()).not.toContain('data-day=')
  })

  it('exports CSV for editors and admins only, with a BOM, and refuses a bad period', async () => {
    const csv = (token?: string, query = '') =>
      get(
        `${a.url}/api/page-views/export.csv${query}`,
        token ? { authorization: `JWT ${token}` } : {},
      )
    const editor = await csv(tokens.editor)
    expect(editor.status).toBe(200)
    expect(editor.headers.get('content-type')).toMatch(/^text\/csv/)
    const bytes = new Uint8Array(await editor.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('"Ngày","Lượt xem"')
    expect((await csv(tokens.admin)).status).toBe(200)
    expect((await csv(tokens.reporter)).status).toBe(403)
    expect((await csv(undefined)).status).toBe(401)
    const bad = await csv(tokens.editor, '?from=2026-13-40')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('không hợp lệ')
  })

  it('does not let anyone write counters through the API', async () => {
    const res = await fetch(`${a.url}/api/page-views`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ day: '2026-01-01', path: '/x', kind: 'other', views: 1e9 }),
    })
    expect(res.status).toBe(403)
  })
})

describe('the EMC tracking script', () => {
  const emc = 'https://emc.example.gov.vn/tracking/emc.js'
  const cspOf = async (url: string) => {
    const res = await get(url, { 'user-agent': GOOGLEBOT })
    return { csp: res.headers.get('content-security-policy') ?? '', html: await res.text() }
  }

  it('is absent by default', async () => {
    const { csp, html } = await cspOf(`${a.url}/`)
    expect(csp).not.toContain('emc.example.gov.vn')
    expect(html).not.toContain('<meta name="emc-script"')
  })

  it('refuses a URL that is not https', async () => {
    for (const bad of ['http://emc.example.gov.vn/x.js', 'javascript:alert(1)', 'emc.js'])
      await expect(
        payload.updateGlobal({ slug: 'site', data: { emcScriptUrl: bad }, overrideAccess: true }),
      ).rejects.toThrow()
    const res = await fetch(`${a.url}/api/globals/site`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ emcScriptUrl: 'http://emc.example.gov.vn/x.js' }),
    })
    expect(res.status).toBe(400)
  })

  it('once set, is on the page and its origin in script-src, on both processes', async () => {
    await payload.updateGlobal({ slug: 'site', data: { emcScriptUrl: emc }, overrideAccess: true })
    for (const server of [a, b]) {
      await pollUntil(
        async () => {
          const { csp, html } = await cspOf(`${server.url}/`)
          const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? ''
          return (
            scriptSrc.includes('https://emc.example.gov.vn') &&
            html.includes(`<meta name="emc-script" content="${emc}"/>`)
          )
        },
        15_000,
        'EMC script on the page and in the CSP',
      )
    }
    await payload.updateGlobal({ slug: 'site', data: { emcScriptUrl: '' }, overrideAccess: true })
    await pollUntil(
      async () => !(await cspOf(`${a.url}/`)).csp.includes('emc.example.gov.vn'),
      15_000,
      'EMC origin gone from the CSP',
    )
  })
})

describe('counting page views', () => {
  it('counts every parallel reader request on both processes exactly, cache hits included', async () => {
    expect(slug).not.toBe('')
    const article = `/bai-viet/${slug}`
    const before = await viewsOf(article)
    // Each request from its own reader (X-Forwarded-For, trusted from loopback): one address
    // counts a page once per visit (repeat-views.ts), so exactly-once counting needs distinct
    // readers. Warm the page cache on both processes, then 2 × 60 requests at once.
    const reader = (s: number, i: number) => ({ 'x-forwarded-for': `198.18.${s}.${i + 1}` })
    for (const [s, server] of [a, b].entries())
      expect((await get(`${server.url}${article}`, reader(s, 200))).status).toBe(200)
    const N = 60
    const responses = await Promise.all(
      [a, b].flatMap((server, s) =>
        Array.from({ length: N }, (_, i) => get(`${server.url}${article}`, reader(s, i))),
      ),
    )
    const hits = responses.filter((r) => r.headers.get('x-page-cache') === 'HIT').length
    expect(responses.every((r) => r.status === 200)).toBe(true)
    expect(hits).toBeGreaterThan(N)
    await Promise.all(responses.map((r) => r.arrayBuffer()))

    // Not counted: bots, the admin, the API, feeds, files, client navigation payloads, 404s.
    const uncounted = await Promise.all([
      ...Array.from({ length: 10 }, () => get(`${a.url}${article}`, { 'user-agent': GOOGLEBOT })),
      get(`${a.url}${article}`, { 'user-agent': '' }),
      get(`${a.url}${article}`, { rsc: '1' }),
      get(`${a.url}/admin`),
      get(`${a.url}/admin/login`),
      get(`${a.url}/api/articles?limit=1`),
      get(`${a.url}/rss.xml`),
      get(`${a.url}/favicon.svg`),
      get(`${a.url}/bai-viet/khong-co-bai-nay`),
    ])
    await Promise.all(uncounted.map((r) => r.arrayBuffer()))

    // Let the periodic flush run, then stop both gracefully: the last batch is written on exit.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const [exitA, exitB] = await Promise.all(
      [a, b].map((s) => {
        s.proc.kill('SIGTERM')
        return s.exited
      }),
    )
    expect(exitA?.code).toBe(0)
    expect(exitB?.code).toBe(0)

    expect((await viewsOf(article)) - before).toBe(2 * N + 2)
    const { docs } = await payload.find({
      collection: 'page-views',
      limit: 1000,
      overrideAccess: true,
    })
    const paths = docs.map((d) => d.path)
    for (const never of ['/admin', '/admin/login', '/api/articles', '/rss.xml', '/favicon.svg'])
      expect(paths).not.toContain(never)
    expect(paths).not.toContain('/bai-viet/khong-co-bai-nay')
    expect(docs.find((d) => d.path === article)?.kind).toBe('article')
  })
})

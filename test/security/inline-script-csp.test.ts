/**
 * Attack: markup injected into a page of the portal's origin (a reporter-controlled file, a bug
 * in a renderer) runs inline script where an editor's session lives. The Content-Security-Policy
 * of the public site and of Payload's admin must allow only the portal's own inline scripts (by
 * per-request nonce or by hash), never 'unsafe-inline' or 'unsafe-eval', and a nonce must never
 * be served twice, not even from the page cache.
 */
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signIn } from '../helpers/e2e/admin-login'
import { launch } from '../helpers/e2e/browser'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let browser: Browser
let base: string
let payload: Payload
let articlePath: string

beforeAll(async () => {
  server = await startProductionServer({}, true)
  base = server.url
  payload = server.payload
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    limit: 1,
    overrideAccess: true,
  })
  articlePath = `/bai-viet/${docs[0]!.slug}`
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface Fetched {
  status: number
  csp: string
  html: string
  cache: string | null
}

async function get(path: string): Promise<Fetched> {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' })
  return {
    status: res.status,
    csp: res.headers.get('content-security-policy') ?? '',
    html: await res.text(),
    cache: res.headers.get('x-page-cache'),
  }
}

function scriptSources(csp: string): string[] {
  const directive = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((tokens) => tokens[0] === 'script-src')
  expect(directive, `no script-src in ${csp}`).toBeDefined()
  return directive!.slice(1)
}

const headerNonce = (csp: string): string | undefined =>
  scriptSources(csp)
    .map((s) => /^'nonce-([^']+)'$/.exec(s)?.[1])
    .find((n) => n !== undefined)

const bodyNonces = (html: string): string[] => [
  ...new Set([...html.matchAll(/\bnonce="([^"]*)"/g)].map((m) => m[1]!)),
]

const PAGES = () => ['/', articlePath, '/tim-kiem?q=x', '/admin', '/admin/login']

describe('script-src of the site and the admin', () => {
  it('never allows inline script or eval wholesale', async () => {
    for (const path of PAGES()) {
      const page = await get(path)
      expect(page.status, path).toBeLessThan(400)
      const sources = scriptSources(page.csp)
      expect(sources, path).not.toContain("'unsafe-inline'")
      expect(sources, path).not.toContain("'unsafe-eval'")
      expect(sources, path).not.toContain('*')
      expect(
        sources.some((s) => /^'(nonce|sha256|sha384|sha512)-/.test(s)),
        path,
      ).toBe(true)
    }
  })

  it('gives every response its own nonce, cache hits included, and no other nonce in the page', async () => {
    for (const path of ['/', articlePath, '/admin/login']) {
      const first = await get(path)
      const second = await get(path)
      if (path !== '/admin/login') expect(second.cache, path).toBe('HIT')
      const [n1, n2] = [headerNonce(first.csp), headerNonce(second.csp)]
      expect(n1, path).toBeDefined()
      expect(n1!.length, path).toBeGreaterThanOrEqual(22) // at least 128 bits
      expect(n2, path).not.toBe(n1)
      // A nonce written into the page is always the one its own header allows.
      for (const [page, nonce] of [
        [first, n1],
        [second, n2],
      ] as const) {
        for (const n of bodyNonces(page.html)) expect(n, path).toBe(nonce)
      }
    }
    // The admin's scripts do carry the nonce (Next reads it from the request).
    const admin = await get('/admin/login')
    expect(bodyNonces(admin.html)).toEqual([headerNonce(admin.csp)])
  })
})

interface Watched {
  context: BrowserContext
  page: Page
  violations: Array<{ directive: string; blocked: string; sample: string }>
}

/** A browser page that records every CSP violation the document reports. */
async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  const violations: Watched['violations'] = []
  await context.exposeBinding('__cspViolation', (_source, v: Watched['violations'][number]) => {
    violations.push(v)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: unknown) => void }).__cspViolation
      report({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample })
    })
  })
  return { context, page: await context.newPage(), violations }
}

const scriptViolations = (w: Watched) =>
  w.violations.filter((v) => v.directive.startsWith('script-src'))

/**
 * Serves the real response of the portal (status, headers and CSP included) with markup an
 * attacker managed to get into it: an inline script without nonce, one with a nonce that an
 * earlier response carried, and an inline event handler.
 */
async function injectInto(page: Page, path: string, staleNonce: string): Promise<void> {
  await page.route(`${base}${path}`, async (route: Route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(
      '</body>',
      `<script>window.__injected = 1</script>` +
        `<script nonce="${staleNonce}">window.__stale = 1</script>` +
        `<img src="data:," onerror="window.__handler = 1">` +
        `</body>`,
    )
    await route.fulfill({ response, body: html })
  })
}

describe('injected inline script in Chromium', () => {
  // Each page proves its own scripts still ran: the article's text-size buttons are marked by the
  // layout's script, and the admin is hydrated by Next's.
  const cases = [
    {
      name: 'a cached article',
      cached: true,
      path: () => articlePath,
      ownScriptsRan: (page: Page) =>
        page
          .getAttribute('button[data-text-size-set="md"]', 'aria-pressed')
          .then((v) => v === 'true'),
    },
    {
      name: 'the admin login',
      cached: false,
      path: () => '/admin/login',
      ownScriptsRan: (page: Page) =>
        page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === 'object'),
    },
  ]
  for (const { name, cached, path, ownScriptsRan } of cases) {
    it(`does not run on ${name}, while the page's own scripts do`, async () => {
      const stale = headerNonce((await get(path())).csp)!
      if (cached) expect((await get(path())).cache).toBe('HIT')
      const w = await watchedPage()
      await injectInto(w.page, path(), stale)
      await w.page.goto(`${base}${path()}`)
      await w.page.waitForLoadState('load')
      const ran = await w.page.evaluate(() => {
        const win = window as unknown as Record<string, unknown>
        return [win.__injected, win.__stale, win.__handler]
      })
      expect(ran).toEqual([undefined, undefined, undefined])
      const blocked = scriptViolations(w)
      expect(blocked.length).toBe(3)
      expect(blocked.every((v) => v.blocked === 'inline')).toBe(true)
      expect(await ownScriptsRan(w.page)).toBe(true)
      await w.context.close()
    })
  }
})

describe('the portal still works under the policy', () => {
  it('runs the site’s own scripts (text size) with no violation, fresh and cached', async () => {
    for (let i = 0; i < 2; i++) {
      const w = await watchedPage()
      await w.page.goto(`${base}${articlePath}`)
      await w.page.locator('button[data-text-size-set="lg"]').click()
      expect(await w.page.getAttribute('html', 'data-text-size')).toBe('lg')
      expect(await w.page.getAttribute('button[data-text-size-set="lg"]', 'aria-pressed')).toBe(
        'true',
      )
      // The head script restores the choice before paint on the next page.
      await w.page.goto(`${base}/`)
      expect(await w.page.getAttribute('html', 'data-text-size')).toBe('lg')
      expect(w.violations).toEqual([])
      await w.context.close()
    }
  })

  it('lets an editor log in to the admin and edit an article with no script violation', async () => {
    const editor = await createUser(payload, 'editor', '-csp')
    const { docs } = await payload.find({ collection: 'articles', limit: 1, overrideAccess: true })
    const article = docs[0]!
    const w = await watchedPage()
    await signIn(w.page, editor.email, passwordFor('editor'), base)

    await w.page.goto(`${base}/admin/collections/articles/${article.id}`)
    const title = w.page.locator('#field-title')
    await title.waitFor()
    await title.fill(`${article.title} (sửa)`)
    const saved = w.page.waitForResponse(
      (r) =>
        r.request().method() !== 'GET' &&
        r.url().includes(`/api/articles/${article.id}`) &&
        r.status() === 200,
    )
    await w.page.keyboard.press('Control+s')
    await saved
    const stored = await payload.findByID({
      collection: 'articles',
      id: article.id,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.title).toBe(`${article.title} (sửa)`)
    expect(scriptViolations(w)).toEqual([])
    await w.context.close()
  })
})

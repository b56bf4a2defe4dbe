import type { DefaultTreeAdapterMap } from 'parse5'
import { parse } from 'parse5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type ChildNode = DefaultTreeAdapterMap['childNode']
type ParentNode = DefaultTreeAdapterMap['parentNode']

import { encodeHostile, hostileInputs } from '../helpers/hostile-inputs'
import { startProductionServer } from '../helpers/production-server'

// Thousands of generated hostile strings against every public route that takes reader input:
// none may answer 5xx, and none may come back as live markup. The run stops at whichever comes
// first, the input count or the time budget, so it stays bounded on a loaded machine.
const INPUTS = 3000
const BUDGET_MS = 90_000
const CONCURRENCY = 6
/** A tag and an attribute no page ever contains: seeing either raw means input was reflected. */
const MARK = 'zq7x'

type Route = (input: string) => string
const enc = encodeHostile
const ROUTES: Route[] = [
  (s) => `/tim-kiem?q=${enc(s)}`,
  (s) => `/tim-kiem?q=%FF%C3%28${enc(s)}%`,
  (s) => `/api/search?q=%ED%A0%80${enc(s)}&page=%FF`,
  (s) => `/tim-kiem?q=dang&the-loai=${enc(s)}&tu-ngay=${enc(s)}&trang=${enc(s)}`,
  (s) => `/api/search?q=${enc(s)}`,
  (s) => `/api/search?q=hoi&category=${enc(s)}&kind=${enc(s)}&from=${enc(s)}&sort=${enc(s)}`,
  (s) => `/bai-viet/${enc(s)}`,
  (s) => `/in/${enc(s)}`,
  (s) => `/chuyen-muc/${enc(s)}?trang=${enc(s)}`,
  (s) => `/chuyen-muc/${enc(s)}/rss.xml`,
  (s) => `/the/${enc(s)}`,
  (s) => `/tac-gia/${enc(s)}`,
  (s) => `/anh/${enc(s)}`,
  (s) => `/van-ban?loai=${enc(s)}&co-quan=${enc(s)}&nam=${enc(s)}&trang=${enc(s)}`,
  (s) => `/?${enc(s)}=${enc(s)}`,
  (s) => `/${enc(s)}`,
  (s) => `/xem-truoc?slug=${enc(s)}`,
]

let server: Awaited<ReturnType<typeof startProductionServer>>

/** Parses the page as a browser would: did the input become an element or an attribute? */
function injectedMarkup(html: string): boolean {
  const seen = (node: ChildNode | ParentNode): boolean => {
    if ('tagName' in node) {
      if (node.tagName === MARK) return true
      if (node.attrs.some((attr) => attr.name.includes(MARK))) return true
    }
    const kids = 'childNodes' in node ? node.childNodes : []
    const content = 'content' in node ? [node.content] : []
    return [...kids, ...content].some(seen)
  }
  return seen(parse(html))
}

beforeAll(async () => {
  server = await startProductionServer(
    {
      // The limiters are tested elsewhere; here every input must reach the page code.
      RATE_LIMIT_API: '1000000',
      RATE_LIMIT_SEARCH: '1000000',
      RATE_LIMIT_PAGES: '1000000',
    },
    true,
  )
})

afterAll(async () => {
  await server?.close()
})

describe('fuzzing the public routes and /api/search with hostile input', () => {
  it('never answers 5xx and never reflects markup', async () => {
    const inputs = hostileInputs(MARK, INPUTS, 20261129)
    const started = Date.now()
    const failures: string[] = []
    const statuses = new Map<number, number>()
    let sent = 0
    let next = 0
    const worker = async () => {
      while (next < inputs.length && Date.now() - started < BUDGET_MS) {
        const i = next++
        const input = inputs[i] ?? ''
        const route = ROUTES[i % ROUTES.length] ?? ROUTES[0]!
        const path = route(input)
        const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
        const body = await res.text()
        sent++
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        if (res.status >= 500) failures.push(`${res.status} ${path.slice(0, 200)}`)
        const type = res.headers.get('content-type') ?? ''
        if (type.includes('html') && injectedMarkup(body))
          failures.push(`reflected markup: ${path.slice(0, 200)}`)
        // JSON may carry the query back verbatim; it must never be sniffable as a page.
        if (path.startsWith('/api/') && type.includes('html'))
          failures.push(`API answered HTML: ${path.slice(0, 200)}`)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const summary = [...statuses].map(([status, n]) => `${status}×${n}`).join(' ')
    console.info(`fuzz: ${sent} requests in ${Date.now() - started} ms (${summary})`)
    expect(failures).toEqual([])
    // Bounded by time, but never so short that it proves nothing.
    expect(sent).toBeGreaterThanOrEqual(1000)
    expect(statuses.get(429) ?? 0).toBeLessThan(sent / 10)
    // The server is still healthy afterwards.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    // Sending stops at BUDGET_MS; the rest is in-flight renders draining, which on a starved
    // machine (a whole suite at low priority beside other work) outlasted the project's 120 s.
  }, 240_000)
})

/**
 * Closing the tab while an autosave is still on its way (src/hooks/release-again-after-close.ts):
 * the tab's `keepalive` release reaches the server first, the autosave lands after it and puts
 * the lock back (Payload drops a lock on each save, keep-lock-on-autosave takes it again for the
 * saver), and the closed page can no longer release it. The server now releases again a few
 * seconds after a closing tab's release, so the next editor is not asked to take over.
 *
 * Chromium against the production server. The autosave the page sends is held by the test (so
 * it is still "in flight" when the tab closes) and delivered to the server after the tab's
 * release has landed, byte for byte, with the page's own cookies and headers.
 */
import type { Request, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { RELEASE_AGAIN_AFTER_MS } from '@/hooks/release-again-after-close'

import { openArticle, setUpLockTests, typeInTitle } from '../helpers/e2e/lock-tests'
import { pollUntil } from '../helpers/poll'

const tests = setUpLockTests('inflight', ['reporter'])
const { locksOn } = tests

/** Headers a browser sets itself, which Node's fetch sets (or refuses) on its own. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'accept-encoding'])

interface HeldRequest {
  url: string
  method: string
  headers: Record<string, string>
  body: Buffer | null
}

/** The request as the page sent it, read while the page is still open. */
async function hold(request: Request): Promise<HeldRequest> {
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(
      ([name]) => !name.startsWith(':') && !HOP_HEADERS.has(name),
    ),
  )
  return { url: request.url(), method: request.method(), headers, body: request.postDataBuffer() }
}

/** Sends the held request to the server now, with the page's cookies. */
async function deliverLate(held: HeldRequest, cookie: string): Promise<number> {
  const res = await fetch(held.url, {
    method: held.method,
    headers: { ...held.headers, cookie },
    body: held.body ? new Uint8Array(held.body) : undefined,
  })
  await res.arrayBuffer()
  return res.status
}

describe('closing the tab while an autosave is on its way', () => {
  it('the autosave that lands after the release does not keep the lock', async () => {
    const id = await tests.article('writing', `Tin đóng thẻ khi đang lưu ${tests.tag}`)
    const page = await tests.signIn('reporter')
    const title = await openArticle(page, id)
    // Again until the form takes it: keys pressed before it is interactive are lost.
    await typeInTitle(page, ' mới')
    await pollUntil(async () => (await locksOn(id)).length === 1, 30_000, 'her lock')

    // The next autosave is held on its way to the server.
    let held: HeldRequest | undefined
    await page.route(
      (url) =>
        url.pathname === `/api/articles/${id}` && url.searchParams.get('autosave') === 'true',
      async (route: Route) => {
        held = await hold(route.request())
      },
    )
    await title.pressSequentially(' nữa', { delay: 20 })
    const autosave = await pollUntil(async () => held, 30_000, 'the next autosave')

    // She closes the tab: its release lands, then the autosave she had sent.
    const context = page.context()
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    await page.close()
    await pollUntil(async () => (await locksOn(id)).length === 0, 15_000, 'the release')
    expect(await deliverLate(autosave, cookie)).toBe(200)
    const stored = await tests.draft(id)
    expect(stored.title).toMatch(/ mới nữa$/)
    // That save took the lock back for her (unfixed, it stayed for the lock's 5 minutes); a few
    // seconds later it is gone again.
    await pollUntil(
      async () => (await locksOn(id)).length === 0,
      Math.max(...RELEASE_AGAIN_AFTER_MS) + 10_000,
      'the lock released again',
    )
    await context.close()
  }, 180_000)
})

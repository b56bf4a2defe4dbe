/**
 * Attack (privacy) and defect: Payload's default account avatar is a Gravatar image, fetched
 * from a third party with a hash of the user's e-mail address on every admin page (and blocked
 * by the CSP, so it showed broken). The admin must reference no Gravatar URL and, in a browser,
 * make no request to any other origin.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/e2e/browser'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let browser: Browser
let token = ''

beforeAll(async () => {
  server = await startProductionServer({}, false)
  const admin = await createUser(server.payload, 'admin')
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: passwordFor('admin') }),
  })
  token = ((await login.json()) as { token: string }).token
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('admin account avatar', () => {
  it('references no Gravatar URL in the admin HTML', async () => {
    for (const path of ['/admin', '/admin/account']) {
      const res = await fetch(`${server.url}${path}`, {
        headers: { cookie: `payload-token=${token}` },
      })
      expect(res.status).toBe(200)
      expect(await res.text()).not.toMatch(/gravatar/i)
    }
  })

  it('renders the avatar with no request to another origin', async () => {
    const context = await browser.newContext()
    await context.addCookies([
      { name: 'payload-token', value: token, url: server.url, httpOnly: true, sameSite: 'Lax' },
    ])
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${server.url}/admin`)
    const avatar = page.locator('a[href="/admin/account"]').first()
    await avatar.waitFor()
    await page.waitForLoadState('networkidle')
    expect(await avatar.locator('img').count()).toBe(0)
    expect(await avatar.locator('svg').count()).toBeGreaterThan(0)
    const elsewhere = requests.filter(
      (url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'),
    )
    expect(elsewhere).toEqual([])
    await context.close()
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminLogin } from '../helpers/e2e/admin-login'
import { api, apiLogin, demoAccount, getPage } from '../helpers/e2e/api'
import { baseUrl, launch } from '../helpers/e2e/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('draft preview', () => {
  it('shows a draft only to a signed-in editor, never to readers or the page cache', async () => {
    const { token } = await apiLogin('editor')
    const title = 'Bản nháp chỉ biên tập viên được xem'
    const { doc } = await api<{ doc: { id: string; slug: string } }>(
      '/api/articles?draft=true',
      token,
      {
        method: 'POST',
        body: { title, kind: 'news', _status: 'draft' },
      },
    )
    const anonymous = await fetch(`${baseUrl()}/xem-truoc?slug=${doc.slug}`, { redirect: 'manual' })
    expect(anonymous.headers.get('location')).toContain('/admin/login')

    const page = await adminLogin(
      browser,
      demoAccount('editor').email,
      demoAccount('editor').password,
      { locale: 'en-US' },
    )
    const context = page.context()
    await page.goto(`${baseUrl()}/xem-truoc?slug=${doc.slug}`)
    await page.waitForURL(`**/bai-viet/${doc.slug}`)
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.locator('[role="status"]').first().textContent()).toContain('bản nháp')
    await context.close()

    // Readers still get a 404, from Next and from the cache alike.
    expect((await getPage(`/bai-viet/${doc.slug}`)).status).toBe(404)
    expect((await getPage(`/bai-viet/${doc.slug}`)).status).toBe(404)
  })
})

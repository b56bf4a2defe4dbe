/**
 * Attack: reading an unpublished article or standing page through the live-preview URL the
 * admin frames beside the form. The URL (`/xem-truoc?slug=…` for an article, `?trang=<id>` for a
 * page) must switch draft mode on only for a signed-in staff member; anyone else, including
 * someone holding a copied draft-mode cookie without a staff session, gets no draft, and a
 * staff member's preview never lands in the page cache readers are served from. The preview page
 * may be framed by the admin's own origin only. Live preview itself is checked in Chromium: the
 * editor opens it, picks the 390 px phone breakpoint and sees the draft's text in the frame.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launch } from '../helpers/e2e/browser'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let browser: Browser
let staffCookie = ''
let token = ''
let id = ''
const slug = 'ban-nhap-xem-truoc-truc-tiep'
const title = 'Bản nháp xem trước trực tiếp chưa duyệt'
// A page never published, and a published page with a newer draft.
const page = { id: '', slug: 'trang-nhap-chua-duyet', title: 'Trang giới thiệu nháp chưa duyệt' }
const live = {
  id: '',
  slug: 'lich-su-dang-bo',
  title: 'Lịch sử Đảng bộ tỉnh',
  draft: 'Lịch sử Đảng bộ tỉnh (bản sửa chưa duyệt)',
}

/**
 * Opens `adminPath` in the admin as the editor, turns live preview on, checks the frame shows
 * `previewPath` and picks the 390 px phone breakpoint; the test reads the frame, then closes.
 */
async function phonePreview(adminPath: string, previewPath: string) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  await context.addCookies([
    { name: 'payload-token', value: token, url: server.url, httpOnly: true, sameSite: 'Lax' },
  ])
  const admin = await context.newPage()
  await admin.goto(`${server.url}${adminPath}`)
  await admin.locator('#live-preview-toggler').click()
  const frame = admin.locator('iframe#live-preview-iframe')
  await frame.waitFor({ timeout: 30_000 })
  expect(await frame.getAttribute('src')).toBe(`${server.url}${previewPath}`)
  await admin.locator('.live-preview-toolbar-controls__breakpoint').click()
  await admin.getByRole('button', { name: 'Điện thoại (390 px)' }).click()
  await expect
    .poll(async () => (await frame.boundingBox())?.width ?? 0, { timeout: 10_000 })
    .toBeCloseTo(390, -1)
  return { inner: admin.frameLocator('iframe#live-preview-iframe'), context }
}

const cookiesOf = (res: Response): string =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

beforeAll(async () => {
  server = await startProductionServer({}, false)
  const editor = await createUser(server.payload, 'editor')
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: editor.email, password: passwordFor('editor') }),
  })
  token = ((await login.json()) as { token: string }).token
  staffCookie = cookiesOf(login)
  const doc = await server.payload.create({
    collection: 'articles',
    data: { title, slug, kind: 'news', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  id = String(doc.id)
  const draftPage = await server.payload.create({
    collection: 'pages',
    data: { title: page.title, slug: page.slug, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  page.id = String(draftPage.id)
  const livePage = await server.payload.create({
    collection: 'pages',
    data: { title: live.title, slug: live.slug, _status: 'published' },
    overrideAccess: true,
  })
  live.id = String(livePage.id)
  await server.payload.update({
    collection: 'pages',
    id: live.id,
    data: { title: live.draft, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function previewAs(
  cookie: string | null,
  query = `slug=${slug}`,
  target = `/bai-viet/${slug}`,
): Promise<{ status: number; html: string; headers: Headers }> {
  const start = await fetch(`${server.url}/xem-truoc?${query}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  })
  const location = start.headers.get('location') ?? ''
  if (!location.endsWith(target)) {
    return { status: start.status, html: location, headers: start.headers }
  }
  const draftCookie = cookiesOf(start)
  const page = await fetch(new URL(location, server.url), {
    headers: { cookie: [cookie, draftCookie].filter(Boolean).join('; ') },
  })
  return { status: page.status, html: await page.text(), headers: page.headers }
}

describe('live preview of drafts', () => {
  it('shows the draft to staff, in a page only the same origin may frame', async () => {
    const { status, html, headers } = await previewAs(staffCookie)
    expect(status).toBe(200)
    expect(html).toContain(title)
    expect(html).toContain('payload-document-event')
    expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'(;|$)/)
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('gives an anonymous reader no draft and no draft mode', async () => {
    const { status, html } = await previewAs(null)
    expect(status).toBe(307)
    expect(html).toContain('/admin/login')
    const page = await fetch(`${server.url}/bai-viet/${slug}`)
    expect(page.status).toBe(404)
    expect(await page.text()).not.toContain(title)
  })

  it('gives no draft to someone holding only a copied draft-mode cookie', async () => {
    const start = await fetch(`${server.url}/xem-truoc?slug=${slug}`, {
      redirect: 'manual',
      headers: { cookie: staffCookie },
    })
    const draftOnly = cookiesOf(start)
      .split('; ')
      .filter((c) => !c.startsWith('payload-token='))
      .join('; ')
    expect(draftOnly).toContain('__prerender_bypass')
    const page = await fetch(`${server.url}/bai-viet/${slug}`, { headers: { cookie: draftOnly } })
    expect(await page.text()).not.toContain(title)
  })

  it('opens beside the form in the admin at the phone width, showing the draft', async () => {
    const { inner, context } = await phonePreview(
      `/admin/collections/articles/${id}`,
      `/xem-truoc?slug=${slug}`,
    )
    await expect.poll(() => inner.locator('h1').textContent(), { timeout: 30_000 }).toBe(title)
    await context.close()
  })
})

describe('live preview of standing pages', () => {
  it('shows a never-published page and a newer draft of a live page to staff only', async () => {
    const fresh = await previewAs(staffCookie, `trang=${page.id}`, `/gioi-thieu/${page.slug}`)
    expect(fresh.status).toBe(200)
    expect(fresh.html).toContain(page.title)
    expect(fresh.html).toContain('Bạn đang xem bản nháp')
    expect(fresh.html).toContain('payload-document-event')
    expect(fresh.headers.get('cache-control')).toBe('private, no-store')
    expect(fresh.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'(;|$)/)

    const edited = await previewAs(staffCookie, `trang=${live.id}`, `/gioi-thieu/${live.slug}`)
    expect(edited.status).toBe(200)
    expect(edited.html).toContain(live.draft)
  })

  it('gives readers the published page only, before and after a staff preview, cached or not', async () => {
    const anonymous = await previewAs(null, `trang=${page.id}`, `/gioi-thieu/${page.slug}`)
    expect(anonymous.status).toBe(307)
    expect(anonymous.html).toContain('/admin/login')
    for (let i = 0; i < 2; i++) {
      const never = await fetch(`${server.url}/gioi-thieu/${page.slug}`)
      expect(never.status).toBe(404)
      expect(await never.text()).not.toContain(page.title)
      const reader = await fetch(`${server.url}/gioi-thieu/${live.slug}`)
      expect(reader.status).toBe(200)
      const html = await reader.text()
      expect(html).toContain(live.title)
      expect(html).not.toContain(live.draft)
      expect(html).not.toContain('payload-document-event')
      // A staff preview in between must not have left its page in the cache.
      await previewAs(staffCookie, `trang=${live.id}`, `/gioi-thieu/${live.slug}`)
    }
  })

  it('gives no draft page to someone holding only a copied draft-mode cookie', async () => {
    const start = await fetch(`${server.url}/xem-truoc?trang=${live.id}`, {
      redirect: 'manual',
      headers: { cookie: staffCookie },
    })
    const draftOnly = cookiesOf(start)
      .split('; ')
      .filter((c) => !c.startsWith('payload-token='))
      .join('; ')
    expect(draftOnly).toContain('__prerender_bypass')
    const livePage = await fetch(`${server.url}/gioi-thieu/${live.slug}`, {
      headers: { cookie: draftOnly },
    })
    const html = await livePage.text()
    expect(html).toContain(live.title)
    expect(html).not.toContain(live.draft)
    const never = await fetch(`${server.url}/gioi-thieu/${page.slug}`, {
      headers: { cookie: draftOnly },
    })
    expect(never.status).toBe(404)
    expect(await never.text()).not.toContain(page.title)
  })

  it('opens beside the page form in the admin at the phone width, showing the draft', async () => {
    const { inner, context } = await phonePreview(
      `/admin/collections/pages/${live.id}`,
      `/xem-truoc?trang=${live.id}`,
    )
    await expect.poll(() => inner.locator('h1').textContent(), { timeout: 30_000 }).toBe(live.draft)
    await context.close()
  })
})

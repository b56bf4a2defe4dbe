import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin } from '../helpers/e2e/admin-login'
import { api, getPage, visible } from '../helpers/e2e/api'
import {
  baseUrl,
  DESKTOP,
  foreignRequests,
  launch,
  PHONE,
  recordingContext,
  screenshot,
} from '../helpers/e2e/browser'
import { loginToken } from '../helpers/http'
import { timeUntil } from '../helpers/poll'
import { createUser, passwordFor } from '../helpers/users'

/*
 * Topics (chuyên đề) in Chromium against the production server with the demo seed: the featured
 * topic's strip on the home page, its page (banner, articles newest first) at desktop and phone
 * widths, an article linking back to it, and an editor's change showing up through the page cache.
 */
let browser: Browser
let payload: Payload
let editorToken: string
let editorEmail: string
let topicPath: string
const FEATURED = 'Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030'
const NOT_FEATURED = 'Chuyển đổi số trong các cơ quan Đảng'

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, only to create this test's own editor.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const editor = await createUser(payload, 'editor', '-chuyen-de')
  editorEmail = editor.email
  editorToken = await loginToken(baseUrl(), editor.email, passwordFor('editor'))
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('the home page', () => {
  it('shows featured topics as a strip of banner and title, and only those', async () => {
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(`${baseUrl()}/`)
    const strip = page.locator('section[aria-labelledby="chuyen-de"]')
    expect(await strip.locator('h2').textContent()).toBe('Chuyên đề')
    const links = strip.locator('.topic-strip a')
    expect(await links.allTextContents()).toEqual([FEATURED])
    expect(await strip.locator('img').count()).toBe(1)
    topicPath = (await links.first().getAttribute('href')) ?? ''
    expect(topicPath).toMatch(/^\/chuyen-de\/[a-z0-9-]+$/)
    expect(await page.content()).not.toContain(NOT_FEATURED)
    await page.close()
  })
})

describe('the topic page', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`shows the banner and the topic's articles newest first at ${name} width`, async () => {
      const { context, requests } = await recordingContext(browser, viewport)
      const page = await context.newPage()
      const res = await page.goto(`${baseUrl()}${topicPath}`)
      expect(res?.status()).toBe(200)
      expect(await page.locator('h1').textContent()).toBe(`Chuyên đề: ${FEATURED}`)
      const banner = page.locator('.topic-banner img')
      expect(await banner.getAttribute('alt')).toBeTruthy()
      expect(
        await banner.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      ).toBeGreaterThan(0)
      // Hand-picked (the mid-year review) and by tag (Đại hội Đảng, Sinh hoạt chi bộ).
      const titles = await page.locator('.card__title a').allTextContents()
      expect(titles).toEqual(
        expect.arrayContaining([
          'Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm',
          'Ban Tổ chức Tỉnh ủy hướng dẫn công tác chuẩn bị đại hội chi bộ',
          'Phỏng vấn: Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan tỉnh',
        ]),
      )
      expect(new Set(titles).size).toBe(titles.length)
      const dates = await page
        .locator('.card time')
        .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
      expect(dates).toEqual([...dates].sort().reverse())
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      expect(foreignRequests(requests)).toEqual([])
      await screenshot(page, `chuyen-de-${name}`)
      await context.close()
    })
  }

  it('answers 404 for a page past the end and for an unknown topic', async () => {
    expect((await getPage(`${topicPath}?trang=50`)).status).toBe(404)
    expect((await getPage('/chuyen-de/khong-co-chuyen-de-nay')).status).toBe(404)
  })
})

describe('an article page', () => {
  it('links the topics that hold the article', async () => {
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(`${baseUrl()}${topicPath}`)
    await page
      .locator('.card__title a', { hasText: 'hướng dẫn công tác chuẩn bị đại hội chi bộ' })
      .click()
    await page.waitForURL('**/bai-viet/**')
    const nav = page.locator('nav[aria-label="Chuyên đề"]')
    expect(await nav.textContent()).toContain('Chuyên đề:')
    const link = nav.locator('a', { hasText: FEATURED })
    expect(await link.getAttribute('href')).toBe(topicPath)
    await page.close()
  })
})

describe('editing a topic', () => {
  it('publishes and unpublishes through the page cache', async () => {
    const title = `Chuyên đề thử ${Date.now().toString(36)}`
    const { doc } = await api<{ doc: { id: string; slug: string } }>('/api/topics', editorToken, {
      method: 'POST',
      body: { title, featured: true, order: 0, _status: 'published' },
    })
    const path = `/chuyen-de/${doc.slug}`
    await timeUntil('new topic on its page and on the home strip', async () => {
      const [own, home] = await Promise.all([getPage(path), getPage('/')])
      return own.status === 200 && visible(home.html).includes(title)
    })
    await api(`/api/topics/${doc.id}`, editorToken, {
      method: 'PATCH',
      body: { _status: 'draft' },
    })
    await timeUntil('unpublished topic gone from its page and the home strip', async () => {
      const [own, home] = await Promise.all([getPage(path), getPage('/')])
      return own.status === 404 && !visible(home.html).includes(title)
    })
    await api(`/api/topics/${doc.id}`, editorToken, { method: 'DELETE' })
  })
})

describe('the admin', () => {
  it('lists the demo topics for an editor and offers the topic form in Vietnamese', async () => {
    const page = await adminLogin(browser, editorEmail, passwordFor('editor'), { locale: 'en-US' })
    const context = page.context()
    await page.goto(`${baseUrl()}/admin/collections/topics`)
    await page.locator(`text=${NOT_FEATURED}`).first().waitFor()
    await page.goto(`${baseUrl()}/admin/collections/topics/create`)
    for (const label of [
      'Tên chuyên đề',
      'Ảnh banner',
      'Bài viết chọn tay',
      'Quy tắc theo từ khóa',
      'Nổi bật trên trang chủ',
    ])
      expect(await page.locator('label', { hasText: label }).count(), label).toBeGreaterThan(0)
    await screenshot(page, 'chuyen-de-admin')
    await context.close()
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  baseUrl,
  DESKTOP,
  foreignRequests,
  launch,
  PHONE,
  recordingContext,
  screenshot,
} from '../helpers/e2e/browser'

let browser: Browser
const allRequests: string[] = []

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('reading the portal', () => {
  it('goes from home to a category, an article and its print view', async () => {
    const { context, requests } = await recordingContext(browser)
    const page = await context.newPage()
    await page.goto(baseUrl())
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    expect(await page.locator('a.skip-link').textContent()).toContain('Bỏ qua')

    await page.locator('.site-nav a', { hasText: 'Tin tức - Sự kiện' }).click()
    await page.waitForURL('**/chuyen-muc/tin-tuc-su-kien')
    expect(await page.locator('h1').textContent()).toBe('Tin tức - Sự kiện')
    // The sub-category is listed and its articles are included in the parent's list.
    expect(await page.locator('.subcats a').allTextContents()).toContain('Hoạt động Đảng ủy Khối')

    const first = page.locator('.cards .card__title a').first()
    const title = (await first.textContent()) ?? ''
    await first.click()
    await page.waitForURL('**/bai-viet/**')
    expect(await page.locator('h1').textContent()).toBe(title)
    const date = (await page.locator('.article__meta time').textContent()) ?? ''
    expect(date).toMatch(
      /^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(GMT\+7\)$/,
    )
    expect(await page.locator('.breadcrumbs a').first().textContent()).toBe('Trang chủ')
    // Photos carry caption and "Ảnh: <credit>", width/height and lazy loading below the fold.
    const figure = page.locator('.article__body figure').first()
    expect(await figure.locator('figcaption').textContent()).toMatch(/Ảnh: \S+/)
    const images = await page.locator('.article__body img').evaluateAll((els) =>
      els.map((el) => ({
        alt: el.getAttribute('alt'),
        w: el.getAttribute('width'),
        h: el.getAttribute('height'),
        loading: el.getAttribute('loading'),
        srcset: el.getAttribute('srcset'),
      })),
    )
    expect(images.length).toBeGreaterThan(1)
    for (const img of images) {
      expect(img.alt).toBeTruthy()
      expect(Number(img.w)).toBeGreaterThan(0)
      expect(Number(img.h)).toBeGreaterThan(0)
      expect(img.srcset).toMatch(/\.webp \d+w/)
    }
    expect(images.at(-1)?.loading).toBe('lazy')
    expect(await page.locator('.share a', { hasText: 'Facebook' }).count()).toBe(1)
    expect(await page.locator('#tin-lien-quan').textContent()).toBe('Tin liên quan')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    )
    expect(jsonLd['@type']).toBe('NewsArticle')
    expect(await page.getAttribute('meta[property="og:image:width"]', 'content')).toBe('1200')

    await page.locator('.share a', { hasText: 'Bản in' }).click()
    await page.waitForURL('**/in/**')
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.locator('nav').count()).toBe(0)
    expect(await page.locator('.site-header').count()).toBe(0)
    // Reader pages need no framework JavaScript: the server strips Next's client runtime.
    expect(requests.filter((url) => /\.js(\?|$)/.test(url))).toEqual([])
    allRequests.push(...requests)
    await context.close()
  })

  it('keeps the chosen text size across pages and reloads', async () => {
    const { context, requests } = await recordingContext(browser, PHONE)
    const page = await context.newPage()
    await page.goto(
      `${baseUrl()}/bai-viet/nghi-quyet-so-12-nq-duk-ve-day-manh-chuyen-doi-so-trong-cac-co-quan-dang`,
    )
    const size = () =>
      page.locator('.article__body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const normal = await size()
    await page.locator('button[data-text-size-set="lg"]').click()
    expect(await size()).toBeGreaterThan(normal)
    expect(await page.getAttribute('button[data-text-size-set="lg"]', 'aria-pressed')).toBe('true')
    await page.reload()
    expect(await page.getAttribute('html', 'data-text-size')).toBe('lg')
    expect(await size()).toBeGreaterThan(normal)
    await page.locator('button[data-text-size-set="md"]').click()
    await page.reload()
    expect(await size()).toBe(normal)
    allRequests.push(...requests)
    await context.close()
  })

  it('shows document metadata and a Vietnamese 404', async () => {
    const { context, requests } = await recordingContext(browser)
    const page = await context.newPage()
    await page.goto(
      `${baseUrl()}/bai-viet/nghi-quyet-so-12-nq-duk-ve-day-manh-chuyen-doi-so-trong-cac-co-quan-dang`,
    )
    const rows = await page.locator('table.doc-meta th').allTextContents()
    expect(rows).toEqual([
      'Số ký hiệu',
      'Loại văn bản',
      'Cơ quan ban hành',
      'Ngày ban hành',
      'Ngày hiệu lực',
      'Người ký',
    ])
    expect(await page.locator('table.doc-meta td').first().textContent()).toBe('12-NQ/ĐUK')
    const missing = await page.goto(`${baseUrl()}/khong-ton-tai/trang-nay`)
    expect(missing?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang')
    allRequests.push(...requests)
    await context.close()
  })

  it('takes screenshots of the main pages at phone and desktop widths', async () => {
    const pages = {
      'trang-chu': '/',
      'chuyen-muc': '/chuyen-muc/tin-tuc-su-kien',
      'bai-viet':
        '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
      'phong-van':
        '/bai-viet/phong-van-nang-cao-chat-luong-sinh-hoat-chi-bo-trong-cac-co-quan-tinh',
      'van-ban': '/van-ban',
      'tim-kiem': '/tim-kiem?q=chuyen+doi+so',
      'ban-in': '/in/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
    }
    for (const [label, viewport] of [
      ['dien-thoai', PHONE],
      ['may-tinh', DESKTOP],
    ] as const) {
      const { context, requests } = await recordingContext(browser, viewport)
      const page = await context.newPage()
      for (const [name, path] of Object.entries(pages)) {
        const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
        expect(response?.status(), path).toBe(200)
        await screenshot(page, `${name}-${label}`)
      }
      allRequests.push(...requests)
      await context.close()
    }
  })

  it('never requests anything from another origin', () => {
    expect(allRequests.length).toBeGreaterThan(20)
    expect(foreignRequests(allRequests)).toEqual([])
  })
})

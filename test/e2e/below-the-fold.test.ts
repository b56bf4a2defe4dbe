import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'

import { baseUrl, launch, PHONE } from '../helpers/e2e/browser'

/*
 * On a phone the article's first screen is painted without laying out what lies far below it
 * (related articles, readers' comments and their form, the footer: `content-visibility: auto` in
 * site.css), which is what brought the article-with-comments page's Lighthouse LCP down
 * (BENCHMARKS.md). These parts must still be in the page for screen readers and find-in-page, and
 * be drawn and usable as soon as the reader gets to them.
 */
const ARTICLE = `/bai-viet/${slugify('Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm')}`

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

/** Whether the browser has drawn the element (false while its part of the page is skipped). */
const drawn = (page: Page, selector: string): Promise<boolean> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))

describe('an article with comments on a 390 px phone', () => {
  it('draws the article first and the comments, form and footer when the reader gets there', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}${ARTICLE}`)

    expect(await drawn(page, '.article__title')).toBe(true)
    expect(await drawn(page, '.article__body p')).toBe(true)
    expect(await drawn(page, '.related .card')).toBe(false)
    expect(await drawn(page, '#y-kien .comment')).toBe(false)
    expect(await drawn(page, '#y-kien form')).toBe(false)
    expect(await drawn(page, '.site-footer__grid')).toBe(false)

    // Not drawn yet, but in the page: screen readers and find-in-page see the same content.
    expect(await page.getByRole('heading', { name: 'Ý kiến bạn đọc (2)' }).count()).toBe(1)
    expect(await page.getByRole('textbox', { name: 'Nội dung ý kiến' }).count()).toBe(1)

    // Scrolling to the comments (or following a link to #y-kien) draws them, form included.
    await page.locator('#y-kien').scrollIntoViewIfNeeded()
    await expect.poll(() => drawn(page, '#y-kien .comment')).toBe(true)
    await expect.poll(() => drawn(page, '#y-kien form')).toBe(true)
    await page.getByLabel('Họ và tên').fill('Hoàng Minh')
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Minh')

    await page.goto(`${baseUrl()}${ARTICLE}#y-kien`)
    await expect.poll(() => drawn(page, '#y-kien-tieu-de')).toBe(true)
    await context.close()
  })

  it('takes the keyboard from the article into the comment form', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}${ARTICLE}`)
    await page.locator('.article__title').click()
    let reached = ''
    for (let i = 0; i < 80 && reached !== 'ho-ten'; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '')
    }
    expect(reached).toBe('ho-ten')
    expect(await drawn(page, '#y-kien form')).toBe(true)
    await context.close()
  })
})

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPage, visible } from '../helpers/e2e/api'
import {
  baseUrl,
  DESKTOP,
  foreignRequests,
  launch,
  PHONE,
  recordingContext,
  screenshot,
} from '../helpers/e2e/browser'

/*
 * Standing pages and the menus in Chromium against the production server with the demo seed:
 * /gioi-thieu and a nested page at desktop and phone widths (breadcrumbs, BreadcrumbList JSON-LD,
 * the organisation chart as nested lists, leaders with their portraits, contacts from the site
 * settings), 404s and moved paths, and the header menu's dropdowns used with the keyboard alone.
 */
const NESTED = '/gioi-thieu/co-cau-to-chuc/ban-tuyen-giao-va-dan-van'
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

const loaded = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((imgs: HTMLImageElement[]) => imgs.map((img) => img.complete && img.naturalWidth))

describe('standing pages', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`shows the root page, a nested page, the leaders and the contacts at ${name} width`, async () => {
      const { context, requests } = await recordingContext(browser, viewport)
      const page = await context.newPage()
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )

      expect((await page.goto(`${baseUrl()}/gioi-thieu`))?.status()).toBe(200)
      expect(await page.locator('h1').textContent()).toBe('Giới thiệu')
      expect(await page.locator('.breadcrumbs li').allTextContents()).toEqual([
        'Trang chủ',
        'Giới thiệu',
      ])
      const subpages = await page.locator('.subpages a').allTextContents()
      expect(subpages.slice(0, 3)).toEqual([
        'Chức năng, nhiệm vụ',
        'Cơ cấu tổ chức',
        'Lãnh đạo Đảng ủy Khối',
      ])
      expect(await overflow()).toBeLessThanOrEqual(0)
      await screenshot(page, `gioi-thieu-${name}`)

      expect((await page.goto(`${baseUrl()}${NESTED}`))?.status()).toBe(200)
      expect(await page.locator('.breadcrumbs li').allTextContents()).toEqual([
        'Trang chủ',
        'Giới thiệu',
        'Cơ cấu tổ chức',
        'Ban Tuyên giáo và Dân vận',
      ])
      expect(
        await page
          .locator('.breadcrumbs a')
          .evaluateAll((a) => a.map((x) => x.getAttribute('href'))),
      ).toEqual(['/', '/gioi-thieu', '/gioi-thieu/co-cau-to-chuc'])
      const ld = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
      ) as { '@type': string; itemListElement: Array<{ name: string; item: string }> }
      expect(ld['@type']).toBe('BreadcrumbList')
      expect(ld.itemListElement.map((i) => i.name)).toEqual([
        'Trang chủ',
        'Giới thiệu',
        'Cơ cấu tổ chức',
        'Ban Tuyên giáo và Dân vận',
      ])
      expect(ld.itemListElement[3]?.item).toMatch(new RegExp(`${NESTED}$`))
      // The chart of this unit: a list whose item holds the nested list of its sub-units.
      expect(
        await page.locator('.org-chart__tree > li > .org-unit .org-unit__name').textContent(),
      ).toBe('Ban Tuyên giáo và Dân vận')
      expect(
        await page.locator('.org-chart__tree > li > ul > li .org-unit__name').allTextContents(),
      ).toEqual(['Bộ phận Thông tin – Cổng thông tin điện tử'])
      expect(await overflow()).toBeLessThanOrEqual(0)
      await screenshot(page, `trang-long-nhau-${name}`)

      await page.goto(`${baseUrl()}/gioi-thieu/co-cau-to-chuc`)
      expect(await page.locator('.org-chart__tree > li > ul > li').count()).toBe(5)
      expect(await overflow()).toBeLessThanOrEqual(0)
      await screenshot(page, `co-cau-to-chuc-${name}`)

      await page.goto(`${baseUrl()}/gioi-thieu/lanh-dao`)
      const names = await page.locator('.leader-card__name').allTextContents()
      expect(names).toEqual(['Nguyễn Văn Thành', 'Lê Thị Thu Hương', 'Hoàng Văn Nam'])
      // Portraits are public because this published page lists their leaders.
      await page.locator('.leader-card__photo').last().scrollIntoViewIfNeeded()
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.leader-card__photo')].every(
          (img) => img.complete,
        ),
      )
      const portraits = await loaded(page, '.leader-card__photo')
      expect(portraits).toHaveLength(3)
      for (const width of portraits) expect(width).toBeGreaterThan(0)
      expect(await page.locator('.leader-card__bio').first().textContent()).toContain('Sinh năm')

      await page.goto(`${baseUrl()}/gioi-thieu/lien-he`)
      const contact = (await page.locator('.contact-block').textContent()) ?? ''
      for (const text of ['Fax', '0200 000 001', 'Giờ làm việc', 'vanphong@dukdemo.vn'])
        expect(contact).toContain(text)
      expect(foreignRequests(requests)).toEqual([])
      await context.close()
    })
  }

  it('answers 404 for unknown pages and sends a page under the wrong parent to its place', async () => {
    const missing = await getPage('/gioi-thieu/khong-co-trang-nay')
    expect(missing.status).toBe(404)
    expect(visible(missing.html)).toContain('<html lang="vi"')
    expect((await getPage('/gioi-thieu/co-cau-to-chuc/khong-co')).status).toBe(404)
    const moved = await getPage('/gioi-thieu/ban-tuyen-giao-va-dan-van')
    expect([301, 308]).toContain(moved.status)
    const res = await fetch(`${baseUrl()}/gioi-thieu/ban-tuyen-giao-va-dan-van`, {
      redirect: 'manual',
    })
    expect(res.headers.get('location')).toMatch(new RegExp(`${NESTED}$`))
  })
})

describe('the header menu', () => {
  for (const [name, viewport, key] of [
    ['desktop', DESKTOP, 'Enter'],
    ['phone', PHONE, 'Space'],
  ] as const) {
    it(`opens, walks and closes a dropdown with the keyboard alone at ${name} width`, async () => {
      const page = await browser.newPage({ viewport })
      await page.goto(`${baseUrl()}/`)
      const group = page.locator('.site-nav details').first()
      const summary = group.locator('summary')
      expect(await summary.textContent()).toBe('Giới thiệu')
      expect(await group.locator('.site-nav__sub').isVisible()).toBe(false)
      // Tab from the top of the page to the group's toggle.
      let focused = ''
      for (let i = 0; i < 40 && focused !== 'Giới thiệu'; i++) {
        await page.keyboard.press('Tab')
        focused = await page.evaluate(() =>
          document.activeElement?.tagName === 'SUMMARY'
            ? (document.activeElement.textContent ?? '')
            : '',
        )
      }
      expect(focused).toBe('Giới thiệu')
      // A disclosure: a button-like toggle whose state screen readers announce.
      const axState = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        return { open: (el.parentElement as HTMLDetailsElement).open }
      })
      expect(axState.open).toBe(false)
      await page.keyboard.press(key)
      expect(await group.getAttribute('open')).not.toBeNull()
      const links = group.locator('.site-nav__sub a')
      expect(await links.allTextContents()).toEqual([
        'Giới thiệu',
        'Chức năng, nhiệm vụ',
        'Cơ cấu tổ chức',
        'Lãnh đạo',
        'Liên hệ',
      ])
      expect(await links.first().isVisible()).toBe(true)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        '/gioi-thieu',
      )
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Chức năng, nhiệm vụ',
      )
      await screenshot(page, `menu-mo-${name}`)
      // Escape closes it and gives focus back to its toggle.
      await page.keyboard.press('Escape')
      expect(await group.getAttribute('open')).toBeNull()
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
      // Open again, walk to a sub-page and follow it with Enter.
      await page.keyboard.press(key)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await Promise.all([
        page.waitForURL('**/gioi-thieu/co-cau-to-chuc'),
        page.keyboard.press('Enter'),
      ])
      expect(await page.locator('h1').textContent()).toBe('Cơ cấu tổ chức')
      await page.close()
    })
  }

  it('works without JavaScript: the dropdown opens and its links are plain links', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/`)
    const group = page.locator('.site-nav details').nth(1)
    expect(await group.locator('summary').textContent()).toBe('Văn bản')
    await group.locator('summary').click()
    const link = group.locator('a', { hasText: 'Nghị quyết' })
    expect(await link.isVisible()).toBe(true)
    expect(await link.getAttribute('href')).toBe('/van-ban?loai=nghi_quyet')
    // Only one group open at a time (exclusive <details name>).
    await page.locator('.site-nav details').first().locator('summary').click()
    expect(await group.getAttribute('open')).toBeNull()
    await context.close()
  })

  it('links the footer menu from the navigation global', async () => {
    const home = visible((await getPage('/')).html)
    const footer = home.slice(home.indexOf('<footer'))
    expect(footer).toContain('href="/gioi-thieu/lien-he"')
    expect(footer).toContain('href="/lich-cong-tac"')
    expect(footer).toContain('href="/rss.xml"')
  })
})

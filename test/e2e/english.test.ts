import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPage, visible } from '../helpers/e2e/api'
import {
  baseUrl,
  DESKTOP,
  foreignRequests,
  launch,
  PHONE,
  screenshot,
} from '../helpers/e2e/browser'

/*
 * The English section (issue 12 §2) in Chromium against the production server with the demo
 * seed, without JavaScript (the site needs none): /en and an English page render in English with
 * lang="en" at desktop and phone widths, the header's language switch leads both ways and is
 * reached and followed with the keyboard alone, hreflang alternates name both versions, a page
 * without English shows the English notice linking to the Vietnamese page, and the sitemap lists
 * the English pages with their alternates.
 */
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

/** Tabs from the top of the page until the focused element is the language switch. */
async function tabToSwitch(page: Page): Promise<string> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    const cls = await page.evaluate(() => document.activeElement?.className ?? '')
    if (cls.includes('lang-switch'))
      return (await page.evaluate(() => document.activeElement?.textContent)) ?? ''
  }
  return ''
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

/** The `alt` texts in the page's main content that are Vietnamese (screen readers read them). */
const vietnameseAlts = (page: Page): Promise<string[]> =>
  page
    .locator('main img')
    .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt') ?? ''))
    .then((alts) => alts.filter((alt) => VIETNAMESE.test(alt)))

describe('the English pages', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`render /en and an English page in English, without JavaScript, at ${name} width`, async () => {
      const noJs = await browser.newContext({ viewport, javaScriptEnabled: false })
      const requests: string[] = []
      noJs.on('request', (request) => requests.push(request.url()))
      const page = await noJs.newPage()
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
      expect((await page.goto(`${baseUrl()}/en`))?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.locator('h1').textContent()).toBe(
        'Party Committee of Provincial Agencies (demo portal)',
      )
      const sections = await page.locator('.en-sections h3').allTextContents()
      expect(sections).toEqual(['Functions and duties', 'Organisation', 'Leadership', 'Contact'])
      // Everything readers see is English, apart from people's names and the switch's "Tiếng Việt".
      const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
      expect(main).toContain('Who we are')
      expect(main).toContain('1 Central Street, Demo City')
      expect(main).not.toMatch(VIETNAMESE)
      expect(await vietnameseAlts(page)).toEqual([])
      expect(await overflow()).toBeLessThanOrEqual(0)
      await screenshot(page, `en-home-${name}`)

      expect((await page.goto(`${baseUrl()}/en/co-cau-to-chuc`))?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.locator('h1').textContent()).toBe('Organisation')
      expect(await page.locator('.breadcrumbs li').allTextContents()).toEqual([
        'Home',
        'Organisation',
      ])
      expect(
        await page.locator('.org-chart__tree > li > .org-unit .org-unit__name').textContent(),
      ).toBe('Standing Committee')
      const units = (await page.locator('.org-chart').innerText()).replace(/\s+/g, ' ')
      expect(units).toContain('Chief of Office')
      // Heads' names are people's names; everything else in the chart is English.
      expect(
        units.replace(/Nguyễn Văn Thành|Trần Minh Đức|Phạm Thị Lan|Đỗ Quang Huy|Vũ Thị Hạnh/g, ''),
      ).not.toMatch(VIETNAMESE)
      expect(await overflow()).toBeLessThanOrEqual(0)
      await screenshot(page, `en-page-${name}`)

      await page.goto(`${baseUrl()}/en/lanh-dao`)
      expect(await page.locator('.leader-card__position').allTextContents()).toEqual([
        'Secretary of the Party Committee',
        'Standing Deputy Secretary of the Party Committee',
        'Deputy Secretary of the Party Committee',
      ])
      expect(await page.locator('.leader-card__term').first().textContent()).toBe('Term 2025–2030')
      // Alt text is read out too: no Vietnamese alt from the media records on English pages.
      expect(await page.locator('.leader-card__photo').count()).toBeGreaterThan(0)
      expect(await vietnameseAlts(page)).toEqual([])
      expect(foreignRequests(requests)).toEqual([])
      await noJs.close()
    })
  }

  it('shows the notice with a link to the Vietnamese page for a page without English', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    const res = await page.goto(`${baseUrl()}/en/lich-su-hinh-thanh`)
    expect(res?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('This page is available in Vietnamese')
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    const link = page.locator('.not-translated a')
    expect(await link.getAttribute('href')).toBe('/gioi-thieu/lich-su-hinh-thanh')
    expect(visible(await page.content())).not.toContain('Lịch sử hình thành')
    await Promise.all([page.waitForURL('**/gioi-thieu/lich-su-hinh-thanh'), link.click()])
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    // The Vietnamese page has no English version: its switch leads to the English home.
    expect(await page.locator('.lang-switch').getAttribute('href')).toBe('/en')
    await screenshot(page, 'en-notice-phone')
    await context.close()
  })

  it('answers an unknown English address with an English 404', async () => {
    const missing = await getPage('/en/no-such-page')
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('<html lang="en"')
    expect(visible(missing.html)).toContain('Page not found')
  })
})

describe('the language switch', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`leads both ways with the keyboard alone, without JavaScript, at ${name} width`, async () => {
      const context = await browser.newContext({ viewport, javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/gioi-thieu/chuc-nang-nhiem-vu`)
      expect(await tabToSwitch(page)).toBe('English')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('en')
      await Promise.all([page.waitForURL('**/en/chuc-nang-nhiem-vu'), page.keyboard.press('Enter')])
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.locator('h1').textContent()).toBe('Functions and duties')
      expect(await tabToSwitch(page)).toBe('Tiếng Việt')
      await Promise.all([
        page.waitForURL('**/gioi-thieu/chuc-nang-nhiem-vu'),
        page.keyboard.press('Enter'),
      ])
      expect(await page.getAttribute('html', 'lang')).toBe('vi')
      expect(await page.locator('h1').textContent()).toBe('Chức năng, nhiệm vụ')
      await context.close()
    })
  }

  it('leads from the Vietnamese home to /en and from /en to Giới thiệu', async () => {
    const home = visible((await getPage('/')).html)
    expect(home).toMatch(/<a class="lang-switch" href="\/en" hreflang="en" lang="en">English<\/a>/i)
    const en = visible((await getPage('/en')).html)
    expect(en).toMatch(/class="lang-switch" href="\/gioi-thieu"/)
  })
})

describe('hreflang and the sitemap', () => {
  it('names both versions on both pages, and none on a page without English', async () => {
    // The head's <link rel="alternate" hreflang=… href=…>, whatever the attributes' order.
    const link = (html: string, lang: string) => {
      const tag = (html.match(/<link [^>]*>/g) ?? []).find(
        (l) => /rel="alternate"/.test(l) && new RegExp(`hreflang="${lang}"`, 'i').test(l),
      )
      return tag ? /href="([^"]+)"/.exec(tag)?.[1] : undefined
    }
    for (const path of ['/gioi-thieu/lien-he', '/en/lien-he']) {
      const html = (await getPage(path)).html
      expect(link(html, 'vi')).toMatch(/\/gioi-thieu\/lien-he$/)
      expect(link(html, 'en')).toMatch(/\/en\/lien-he$/)
      expect(link(html, 'x-default')).toMatch(/\/gioi-thieu\/lien-he$/)
    }
    const home = (await getPage('/en')).html
    expect(link(home, 'vi')).toMatch(/\/gioi-thieu$/)
    expect(link((await getPage('/gioi-thieu')).html, 'en')).toMatch(/\/en$/)
    expect(link((await getPage('/gioi-thieu/lich-su-hinh-thanh')).html, 'en')).toBeUndefined()
  })

  it('lists the English pages in the sitemap with their alternates', async () => {
    const xml = (await getPage('/sitemap-chung.xml')).html
    expect(xml).toMatch(/<loc>[^<]+\/en<\/loc>/)
    // An English entry carries its page's date, like the Vietnamese one, then the alternates.
    expect(xml).toMatch(
      /<loc>[^<]+\/en\/lien-he<\/loc><lastmod>[^<]+<\/lastmod><xhtml:link rel="alternate" hreflang="vi"/,
    )
    expect(xml).not.toContain('/en/lich-su-hinh-thanh')
  })

  it('keeps English pages in the page cache', async () => {
    await getPage('/en/lien-he')
    expect((await getPage('/en/lien-he')).cache).toBe('HIT')
  })
})

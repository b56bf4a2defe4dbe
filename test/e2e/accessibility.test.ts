// Every public page type checked by axe-core against WCAG 2.1 A and AA, at desktop and phone
// widths, on the demo content. Pages are found by following links, as a reader would, so a new
// page type linked from the home page or an article is picked up without editing a list.
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slugify'

import { getPage } from '../helpers/e2e/api'
import { baseUrl, DESKTOP, launch, PHONE } from '../helpers/e2e/browser'

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const ARTICLE_WITH_COMMENTS =
  'Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm'

type Violation = { id: string; help: string; nodes: { target: unknown[] }[] }

/** The first href on a page that starts with the prefix (demo content links every type). */
function firstLink(html: string, prefix: string): string {
  const match = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html)
  if (!match?.[1]) throw new Error(`No link starting with ${prefix}`)
  return match[1]
}

async function pagePaths(): Promise<Record<string, string>> {
  const home = await getPage('/')
  const category = firstLink(home.html, '/chuyen-muc/')
  const article = firstLink(home.html, '/bai-viet/')
  const articleHtml = (await getPage(article)).html
  // The demo's standing pages; the organisation page links its nested sub-page.
  const organisation = '/gioi-thieu/co-cau-to-chuc'
  const nested = firstLink((await getPage(organisation)).html, `${organisation}/`)
  const questionsHtml = (await getPage('/hoi-dap')).html
  return {
    home: '/',
    category,
    // The home page's strip links the demo's featured topic.
    topic: firstLink(home.html, '/chuyen-de/'),
    article,
    print: firstLink(articleHtml, '/in/'),
    tag: firstLink(articleHtml, '/the/'),
    author: firstLink(articleHtml, '/tac-gia/'),
    credit: firstLink(articleHtml, '/anh/'),
    documents: '/van-ban',
    'standing page (root)': '/gioi-thieu',
    'standing page (organisation chart)': organisation,
    'standing page (nested)': nested,
    'standing page (leaders)': '/gioi-thieu/lanh-dao',
    'standing page (contact)': '/gioi-thieu/lien-he',
    // The demo seed approves comments under this article; its form is open.
    'article with comments': `/bai-viet/${slugify(ARTICLE_WITH_COMMENTS)}`,
    // The leaders' weekly work schedule (issue 12 §3) and its print copy.
    schedule: '/lich-cong-tac',
    'schedule (print copy)': '/lich-cong-tac?in=1',
    questions: '/hoi-dap',
    question: firstLink(questionsHtml, '/hoi-dap/'),
    search: '/tim-kiem?q=%C4%91%E1%BA%A3ng+%E1%BB%A7y',
    'search without results': '/tim-kiem?q=khongcoketquanao',
    // The English section (issue 12 §2): home, a page, the "available in Vietnamese" notice.
    'english home': '/en',
    'english page': '/en/chuc-nang-nhiem-vu',
    'english page (leaders)': '/en/lanh-dao',
    'english notice (no English version)': '/en/lich-su-hinh-thanh',
    'english not found': '/en/no-such-page',
    'english server error': '/en/error/500',
    'not found': '/khong-co-trang-nay',
    'server error': '/trang-loi/500',
  }
}

/** Runs axe on the page as it is, with the experimental WCAG 2.5.3 rule switched on. */
async function runAxe(page: Page): Promise<Violation[]> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource)
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })) as { violations: Violation[] }
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  }, WCAG_21_AA)
}

const describeViolations = (list: Violation[]): string =>
  list
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
    .join('\n')

let browser: Browser
let paths: Record<string, string>

beforeAll(async () => {
  browser = await launch()
  paths = await pagePaths()
})

afterAll(async () => {
  await browser?.close()
})

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    it(`reports no violation on any public page type at ${width}`, async () => {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' })
      const page = await context.newPage()
      const failures: string[] = []
      for (const [name, path] of Object.entries(paths)) {
        await page.goto(`${baseUrl()}${path}`)
        const found = await runAxe(page)
        if (found.length > 0) failures.push(`${name} ${path}:\n${describeViolations(found)}`)
      }
      await context.close()
      expect(failures.join('\n\n')).toBe('')
      expect(Object.keys(paths).length).toBeGreaterThanOrEqual(28)
    })
  }

  it('reports no violation with a header dropdown open, at both widths', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await browser.newPage({ viewport })
      await page.goto(`${baseUrl()}/`)
      await page.locator('.site-nav details summary').first().click()
      const found = await runAxe(page)
      await page.close()
      expect(describeViolations(found)).toBe('')
    }
  })

  it('finds the violation it is meant to find (a button named unlike its text)', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/`)
    await page.evaluate(() => {
      const button = document.createElement('button')
      button.textContent = 'A+'
      button.setAttribute('aria-label', 'Chữ lớn')
      document.querySelector('main')?.append(button)
    })
    const ids = (await runAxe(page)).map((v) => v.id)
    await page.close()
    expect(ids).toContain('label-content-name-mismatch')
  })
})

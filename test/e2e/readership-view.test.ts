import fs from 'node:fs'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { vietnamDayBefore } from '@/site/readership/vietnam-day'

import { adminLogin } from '../helpers/e2e/admin-login'
import { axeViolations } from '../helpers/e2e/axe'
import { DESKTOP, launch, PHONE, screenshot } from '../helpers/e2e/browser'
import { createUser, passwordFor } from '../helpers/users'

/*
 * The admin readership view (/admin/thong-ke, issue 12 §6) in Chromium at desktop and 390 px,
 * signed in as this test's own editor: axe-core finds no WCAG 2.1 AA violation in the view's own
 * content (scoped to it: the admin's chrome around it, navigation and header, is Payload's and
 * not ours to fix), every control is reached and used with the keyboard (period, "Xem", the CSV
 * download, the figures table), and the chart has a text alternative at both widths: a
 * description of the figures and a table of every day with the same numbers as the bars.
 */
const VIEW = '[data-readership-view]'
const WAIT = { timeout: 15_000 }

let browser: Browser
let payload: Payload
let editorEmail: string
/** Rows written for this test on days no reader can have counted (the server started today). */
const PEAK_DAY = vietnamDayBefore(2)
const OTHER_DAY = vietnamDayBefore(5)
const PEAK = 4321
let articlePath: string
let articleTitle: string

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, for this test's editor and readership rows.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const editor = await createUser(payload, 'editor', `-thong-ke-${Date.now().toString(36)}`)
  editorEmail = editor.email
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const article = docs[0]!
  articlePath = `/bai-viet/${article.slug}`
  articleTitle = article.title
  // Nobody may write these rows over the API; the counter does, and so does this fixture.
  const rows = [
    { day: PEAK_DAY, path: articlePath, kind: 'article', key: article.slug!, views: PEAK },
    { day: OTHER_DAY, path: articlePath, kind: 'article', key: article.slug!, views: 17 },
  ] as const
  for (const data of rows)
    await payload.create({ collection: 'page-views', data: { ...data }, overrideAccess: true })
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

/** Tabs from the view's heading and lists what takes the focus, in order. */
async function tabStops(page: Page, presses: number): Promise<string[]> {
  await page.locator(`${VIEW} h1`).click()
  const stops: string[] = []
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el) return ''
      return el.getAttribute('name') ?? el.textContent?.trim() ?? el.tagName
    })
    if (stops.at(-1) !== stop) stops.push(stop)
  }
  return stops
}

/** Moves the focus with Tab until `name` (as tabStops reports it) has it. */
async function tabTo(page: Page, name: string) {
  await page.locator(`${VIEW} h1`).click()
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el?.getAttribute('name') ?? el?.textContent?.trim() ?? ''
    })
    if (here === name) return
  }
  throw new Error(`Tab never reached ${name}`)
}

describe('the readership view', () => {
  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    const tag = width.replace(' ', '')

    it(`has no axe violation in its own content and a chart with a text alternative at ${width}`, async () => {
      const page = await adminLogin(browser, editorEmail, passwordFor('editor'), { viewport })
      try {
        await page.goto(page.url().replace(/\/admin.*$/, '/admin/thong-ke'))
        await page.locator(VIEW).waitFor(WAIT)
        expect(await axeViolations(page, VIEW)).toBe('')

        // The chart is an image with a name and a description a screen reader reads.
        const chart = page.getByRole('img', { name: /Lượt xem mỗi ngày/ })
        expect(await chart.isVisible()).toBe(true)
        const described = await chart.getAttribute('aria-describedby')
        expect(described).toBeTruthy()
        const summary = page.locator(`#${described}`)
        expect(await summary.isVisible()).toBe(true)
        const summaryText = (await summary.textContent()) ?? ''
        expect(summaryText).toContain(PEAK.toLocaleString('vi-VN'))
        expect(summaryText).toContain(PEAK_DAY.split('-').reverse().join('/'))

        // The table of every day: opened with the keyboard, the same figures as the bars.
        await tabTo(page, 'Bảng số liệu theo ngày')
        await page.keyboard.press('Enter')
        const table = page.getByRole('table', { name: /Lượt xem mỗi ngày/ })
        await table.waitFor({ state: 'visible', ...WAIT })
        expect(await table.locator('tbody tr').count()).toBe(90)
        const peakRow = table.locator(`tbody tr[data-day="${PEAK_DAY}"]`)
        expect(await peakRow.locator('td').textContent()).toBe(PEAK.toLocaleString('vi-VN'))
        const bars = await page
          .locator(`${VIEW} svg rect[data-day]`)
          .evaluateAll((rects) => rects.map((r) => `${r.dataset.day}=${r.dataset.views}`))
        const cells = await table
          .locator('tbody tr')
          .evaluateAll((rows) =>
            rows.map(
              (r) => `${(r as HTMLElement).dataset.day}=${(r as HTMLElement).dataset.views}`,
            ),
          )
        expect(cells).toEqual(bars)
        // Nothing of the view is cut off or pushes the page sideways at this width.
        const box = await table.boundingBox()
        expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width)
        expect(await axeViolations(page, VIEW)).toBe('')
        await screenshot(page, `readership-view-${tag}`)
      } finally {
        await page.context().close()
      }
    })

    it(`is used with the keyboard alone at ${width}: period, Xem, CSV`, async () => {
      const page = await adminLogin(browser, editorEmail, passwordFor('editor'), { viewport })
      try {
        await page.goto(page.url().replace(/\/admin.*$/, '/admin/thong-ke'))
        await page.locator(VIEW).waitFor(WAIT)
        const stops = await tabStops(page, 16)
        const order = ['Bảng số liệu theo ngày', 'from', 'to', 'Xem', 'Tải CSV']
        const seen = order.map((name) => stops.indexOf(name))
        expect(
          seen.every((i) => i >= 0),
          `focus went to: ${stops.join(' | ')}`,
        ).toBe(true)
        expect([...seen].sort((a, b) => a - b)).toEqual(seen)

        // A period chosen and sent from the keyboard. The date field is the browser's own
        // control, whose segment order follows the browser's locale: its value is set directly
        // once the keyboard has reached it.
        await tabTo(page, 'from')
        await page.locator(`${VIEW} input[name="from"]`).fill(OTHER_DAY)
        await tabTo(page, 'Xem')
        await Promise.all([page.waitForURL(/from=/, WAIT), page.keyboard.press('Enter')])
        const url = new URL(page.url())
        expect(url.searchParams.get('from')).toBe(OTHER_DAY)
        const top = page.locator(`${VIEW} #top-articles tr[data-path="${articlePath}"]`)
        expect(await top.locator('a').textContent(WAIT)).toBe(articleTitle)

        // The CSV download, started with Enter on the link.
        await tabTo(page, 'Tải CSV')
        const [download] = await Promise.all([
          page.waitForEvent('download', WAIT),
          page.keyboard.press('Enter'),
        ])
        const csv = fs.readFileSync((await download.path())!, 'utf8')
        expect(csv).toContain(`"${PEAK_DAY}","${PEAK}"`)
        expect(csv).toContain(articlePath)
      } finally {
        await page.context().close()
      }
    })
  }
})

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  addWeeks,
  currentWeek,
  formatIsoWeek,
  isoDate,
  mondayOf,
  vietnamInstant,
} from '@/site/schedule/week'

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
import { parseEvents } from '../helpers/ics'
import { firstRequestAfter, pollUntil } from '../helpers/poll'
import { createUser, passwordFor } from '../helpers/users'

/*
 * The work schedule in Chromium against the production server with the demo seed: the week
 * table at desktop and phone widths, week navigation, the print copy, the calendar feeds read
 * by a real iCalendar parser, and a publish showing up (its latency printed). The seed's draft entry ("chưa
 * công bố") must never appear.
 */
let browser: Browser
let payload: Payload
let editorToken: string
let editorEmail: string
const week = currentWeek()
const DRAFT_TEXT = 'chưa công bố'

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, only to create this test's own editor.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const editor = await createUser(payload, 'editor', '-lich')
  editorEmail = editor.email
  editorToken = await loginToken(baseUrl(), editor.email, passwordFor('editor'))
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('the work schedule page', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`shows this week's table at ${name} width`, async () => {
      const { context, requests } = await recordingContext(browser, viewport)
      const page = await context.newPage()
      const res = await page.goto(`${baseUrl()}/lich-cong-tac`)
      expect(res?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe('vi')
      expect(await page.locator('h1').textContent()).toBe(
        `Lịch công tác tuần ${week.week}/${week.year}`,
      )
      const days = await page.locator('table.schedule tbody th[scope="rowgroup"]').allTextContents()
      expect(days).toHaveLength(7)
      expect(days[0]).toMatch(/^Thứ Hai \d{2}\/\d{2}/)
      expect(days[6]).toMatch(/^Chủ Nhật \d{2}\/\d{2}/)
      expect(await page.locator('[aria-current="date"]').count()).toBe(1)
      const text = (await page.locator('table.schedule').textContent()) ?? ''
      expect(text).toContain('Chào cờ đầu tuần; giao ban Thường trực Đảng ủy Khối')
      expect(text).toContain('Nguyễn Văn Thành')
      expect(text).toContain('Văn phòng Đảng ủy Khối')
      expect(text).not.toContain(DRAFT_TEXT)
      // The menu links the schedule; nothing spills sideways on a phone.
      expect(await page.locator('.site-nav a', { hasText: 'Lịch công tác' }).count()).toBe(1)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      if (name === 'phone') {
        // Each cell names its column on a phone, where the table header is hidden.
        const label = await page
          .locator('td[data-label="Địa điểm"]')
          .first()
          .evaluate((el) => getComputedStyle(el, '::before').content)
        expect(label).toContain('Địa điểm')
      }
      expect(foreignRequests(requests)).toEqual([])
      await screenshot(page, `lich-cong-tac-${name}`)
      await context.close()
    })
  }

  it('goes to the next and previous weeks and picks a week by number', async () => {
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(`${baseUrl()}/lich-cong-tac`)
    const next = addWeeks(week, 1)
    await page.locator('.week-nav a', { hasText: 'Tuần sau' }).click()
    await page.waitForURL(`**/lich-cong-tac?tuan=${formatIsoWeek(next)}`)
    expect(await page.locator('h1').textContent()).toBe(
      `Lịch công tác tuần ${next.week}/${next.year}`,
    )
    expect(await page.locator('table.schedule').textContent()).toContain(
      'Hội nghị tổng kết công tác xây dựng Đảng năm',
    )
    await page.locator('.week-nav a', { hasText: 'Tuần trước' }).click()
    await page.locator('.week-nav a', { hasText: 'Tuần trước' }).click()
    await page.waitForURL(`**/lich-cong-tac?tuan=${formatIsoWeek(addWeeks(week, -1))}`)
    expect(await page.locator('table.schedule').textContent()).toContain('Sở Tư pháp')
    // The week picker is a plain GET form; 2026 has 53 weeks, the last ending in 2027.
    await page.goto(`${baseUrl()}/lich-cong-tac?tuan=2026-w53`)
    expect(await page.locator('.schedule-page__range').textContent()).toBe(
      'Từ ngày 28/12/2026 đến ngày 03/01/2027',
    )
    await page.locator('#chon-tuan').fill('2027-W01')
    await page.locator('.week-nav__form button').click()
    await page.waitForURL('**/lich-cong-tac?tuan=2027-W01')
    expect(await page.locator('h1').textContent()).toBe('Lịch công tác tuần 1/2027')
    await page.close()
  })

  it('answers a week that does not exist with a Vietnamese notice, never an error', async () => {
    for (const bad of ['2025-W53', '2026-W60', 'abc', `'"><script>alert(1)</script>`, '%E0%A4%A']) {
      const res = await getPage(`/lich-cong-tac?tuan=${encodeURIComponent(bad)}`)
      expect(res.status, bad).toBe(200)
      expect(visible(res.html)).toContain('Tuần được chọn không hợp lệ')
      expect(res.html).toContain(`Lịch công tác tuần ${week.week}/${week.year}`)
      expect(res.html).not.toContain('<script>alert(1)')
      expect(res.html).toContain('noindex')
    }
  })

  it('has a print copy without the portal around it, and prints without the navigation', async () => {
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(`${baseUrl()}/lich-cong-tac?in=1`)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.site-footer').isVisible()).toBe(false)
    expect(await page.locator('button[data-print]').isVisible()).toBe(true)
    expect(await page.locator('table.schedule tbody').count()).toBe(7)
    await page.goto(`${baseUrl()}/lich-cong-tac`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.week-nav').isVisible()).toBe(false)
    expect(await page.locator('table.schedule').isVisible()).toBe(true)
    await page.close()
  })
})

describe('the calendar feeds', () => {
  it('serves the whole schedule as iCalendar that a real parser reads', async () => {
    const res = await fetch(`${baseUrl()}/lich-cong-tac.ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const events = parseEvents(await res.text())
    const monday = mondayOf(week)
    const opening = events.find(
      (e) => e.summary === 'Chào cờ đầu tuần; giao ban Thường trực Đảng ủy Khối',
    )
    expect(opening?.start.toISOString()).toBe(vietnamInstant(monday, '07:30').toISOString())
    expect(opening?.location).toBe('Phòng họp tầng 2, trụ sở Đảng ủy Khối')
    expect(opening?.description).toContain('Thành phần: Thường trực Đảng ủy Khối;\nlãnh đạo')
    expect(opening?.url).toContain(`/lich-cong-tac?tuan=${formatIsoWeek(week)}`)
    // The seed's three weeks, published entries only, each with its own UID.
    expect(events.length).toBe(15)
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
    expect(events.some((e) => e.summary.includes(DRAFT_TEXT))).toBe(false)
    expect((await fetch(`${baseUrl()}/lich-cong-tac.ics`)).headers.get('x-page-cache')).toBe('HIT')
  })

  it('serves one feed per leader, and 404 for a leader that does not exist', async () => {
    const res = await fetch(`${baseUrl()}/lich-cong-tac/nguyen-van-thanh.ics`)
    expect(res.status).toBe(200)
    const summaries = parseEvents(await res.text()).map((e) => e.summary)
    expect(summaries).toContain('Họp Ban Thường vụ Đảng ủy Khối thường kỳ tháng')
    expect(summaries).not.toContain('Tiếp công dân định kỳ')
    expect(summaries.some((s) => s.includes(DRAFT_TEXT))).toBe(false)
    expect((await fetch(`${baseUrl()}/lich-cong-tac/khong-co-ai.ics`)).status).toBe(404)
    expect((await fetch(`${baseUrl()}/lich-cong-tac/nguyen-van-thanh.txt`)).status).toBe(404)
  })
})

describe('publishing an entry', () => {
  it('shows on the page and in the feed on the first request after publishing, never as a draft', async () => {
    const content = 'Kiểm thử: làm việc với Đảng ủy Sở Xây dựng, sáng thứ Hai'
    const { doc } = await api<{ doc: { id: string } }>(
      '/api/schedule-entries?draft=true',
      editorToken,
      {
        method: 'POST',
        body: {
          date: isoDate(mondayOf(week)),
          session: 'sang',
          startTime: '09:15',
          content,
          _status: 'draft',
        },
      },
    )
    // The draft's save drops the schedule's pages; a render that overlaps that drop is not kept
    // (page-cache.ts), so the page is requested until the cache holds it.
    const cached = await pollUntil(
      async () => {
        const page = await getPage('/lich-cong-tac')
        return page.cache === 'HIT' && page
      },
      30_000,
      'the schedule page cached after the draft save',
    )
    expect(cached.cache).toBe('HIT')
    expect(visible(cached.html)).not.toContain(content)
    expect(await (await fetch(`${baseUrl()}/lich-cong-tac.ics`)).text()).not.toContain('Sở Xây')

    const published = Date.now()
    await api(`/api/schedule-entries/${doc.id}`, editorToken, {
      method: 'PATCH',
      body: { _status: 'published' },
    })
    // The save dropped the schedule's cached page and feed before it answered: the very first
    // requests after it show the entry (no polling; the latency is printed, not asserted).
    const [page, ics] = await firstRequestAfter(
      'published schedule entry on the page and in the feed',
      published,
      () =>
        Promise.all([
          getPage('/lich-cong-tac'),
          fetch(`${baseUrl()}/lich-cong-tac.ics`).then((r) => r.text()),
        ]),
    )
    expect(visible(page.html)).toContain(content)
    expect(parseEvents(ics).some((e) => e.summary === content)).toBe(true)

    const deleted = Date.now()
    await api(`/api/schedule-entries/${doc.id}`, editorToken, { method: 'DELETE' })
    const after = await firstRequestAfter(
      'deleted schedule entry gone from the page',
      deleted,
      () => getPage('/lich-cong-tac'),
    )
    expect(visible(after.html)).not.toContain(content)
  })
})

describe('the admin', () => {
  it('lists the schedule for an editor and offers the entry form in Vietnamese', async () => {
    const page = await adminLogin(browser, editorEmail, passwordFor('editor'), { locale: 'en-US' })
    const context = page.context()
    await page.goto(`${baseUrl()}/admin/collections/schedule-entries`)
    // Newest day first: the seed's entries of next week open the list.
    await page.locator('text=Hội nghị tổng kết công tác xây dựng Đảng năm').first().waitFor()
    await page.goto(`${baseUrl()}/admin/collections/schedule-entries/create`)
    for (const label of ['Ngày', 'Buổi', 'Giờ bắt đầu', 'Nội dung công việc', 'Chủ trì'])
      expect(await page.locator('label', { hasText: label }).count(), label).toBeGreaterThan(0)
    expect(await page.locator('#field-startTime').count()).toBe(1)
    await screenshot(page, 'lich-cong-tac-admin')
    await context.close()
  })
})

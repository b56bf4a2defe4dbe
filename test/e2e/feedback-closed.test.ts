import type { Payload } from 'payload'
import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Article } from '@/payload-types'

import { axeViolations } from '../helpers/e2e/axe'
import { baseUrl, DESKTOP, launch, PHONE, screenshot } from '../helpers/e2e/browser'
import { publishedArticle } from '../helpers/feedback'
import { pollUntil } from '../helpers/poll'

/*
 * The page a reader gets when comments (on the article) or questions (site-wide) close while
 * they write: in Chromium without JavaScript, at desktop and 390 px, the post is answered 403
 * with the Vietnamese reason and the text in a read-only box, and axe-core finds no WCAG 2.1 AA
 * violation on it.
 *
 * An earlier version of this test hung until the suite's timeout, and not because of the form
 * token (a closed form is refused before the token, its minimum fill time and single use are
 * checked) nor the per-IP limit (far above four posts): it ran axe-core in the page it had
 * without JavaScript, and with scripts off Chromium never fires a timer, so `axe.run` (which
 * waits on timers) never settled. Here the form is used without JavaScript as a reader would,
 * and axe checks the very answer the server sent (its HTML and CSP) opened at the same address
 * in a context with JavaScript on; axeViolations now refuses a no-script page at once. Every
 * locator wait has a deadline of its own (they have none by default), so a wrong page fails with
 * a message instead of a timeout, and the answer's status is taken from the POST itself.
 */
const WAIT = { timeout: 30_000 }

let browser: Browser
let payload: Payload
let article: Article
const suffix = Date.now().toString(36)

beforeAll(async () => {
  browser = await launch()
  // A second Payload on the server's SQLite file, only for this test's own article and settings.
  Object.assign(process.env, inject('serverEnv'), { JOBS_AUTORUN: 'false' })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  article = await publishedArticle(payload, `Bài thử đóng ý kiến trên trình duyệt ${suffix}`)
})

afterAll(async () => {
  await payload?.updateGlobal({
    slug: 'feedback-settings',
    data: { questionsClosed: false },
    overrideAccess: true,
  })
  await browser?.close()
  await payload?.destroy()
})

/** Waits until the page at `path` (through the page cache) has its form, as a reader sees it. */
const formOn = (path: string) =>
  pollUntil(
    async () => (await (await fetch(`${baseUrl()}${path}`)).text()).includes('name="ma"'),
    15_000,
    `the form on ${path}`,
  )

async function noScriptPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', javaScriptEnabled: false })
  return context.newPage()
}

/** Sends the form on `page` and returns the server's answer to the POST. */
async function send(page: Page, button: string, route: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === route,
      WAIT,
    ),
    page.getByRole('button', { name: button }).click(WAIT),
  ])
  await page.waitForLoadState('load', WAIT)
  return response
}

/**
 * axe-core on the answer as the server sent it (HTML and CSP), opened at its own address in a
 * context with JavaScript on (axe cannot run without it) and the same width; styles and fonts
 * come from the server as for the reader.
 */
async function axeOnAnswer(answer: Response, viewport: { width: number; height: number }) {
  const html = await answer.text()
  const csp = (await answer.allHeaders())['content-security-policy']
  const context = await browser.newContext({ viewport, locale: 'vi-VN' })
  try {
    const page = await context.newPage()
    await page.route(answer.url(), (route) =>
      route.fulfill({
        status: answer.status(),
        contentType: 'text/html; charset=utf-8',
        headers: csp ? { 'content-security-policy': csp } : {},
        body: html,
      }),
    )
    await page.goto(answer.url(), WAIT)
    expect(await page.getByLabel('Nội dung bạn đã viết (chưa được gửi)').isVisible()).toBe(true)
    return await axeViolations(page)
  } finally {
    await context.close()
  }
}

/** The refusal page: reason, the text read-only, no form to send. */
async function expectKept(page: Page, text: string, reason: string, shot: string) {
  expect(await page.getByRole('alert').textContent(WAIT)).toContain(reason)
  const kept = page.getByLabel('Nội dung bạn đã viết (chưa được gửi)')
  expect(await kept.inputValue(WAIT)).toBe(text)
  expect(await kept.getAttribute('readonly', WAIT)).not.toBeNull()
  // The reader can reach the box with the keyboard to select and copy the text.
  await kept.focus(WAIT)
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
  expect(
    await page.locator('form[action^="/gui-y-kien"], form[action^="/gui-cau-hoi"]').count(),
  ).toBe(0)
  expect(await page.locator('html').getAttribute('lang')).toBe('vi')
  await screenshot(page, shot)
}

const setArticleClosed = (closed: boolean) =>
  payload.update({
    collection: 'articles',
    id: article.id,
    data: { commentsClosed: closed },
    overrideAccess: true,
  })

const setQuestionsClosed = (closed: boolean) =>
  payload.updateGlobal({
    slug: 'feedback-settings',
    data: { questionsClosed: closed },
    overrideAccess: true,
  })

describe('a post refused because submissions closed, in a browser without JavaScript', () => {
  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    const tag = width.replace(' ', '')

    it(`gives a comment back read-only when the article closed meanwhile, at ${width}`, async () => {
      const path = `/bai-viet/${article.slug}`
      await setArticleClosed(false)
      await formOn(path)
      const page = await noScriptPage(viewport)
      try {
        await page.goto(`${baseUrl()}${path}`)
        const text = `Ý kiến viết dở khi bài đóng (${width}) ${suffix}: đề nghị công khai kết quả.`
        await page.getByLabel('Họ và tên').fill('Hoàng Minh', WAIT)
        await page
          .getByLabel('Thư điện tử hoặc số điện thoại (không công khai)')
          .fill('minh@vidu.vn', WAIT)
        await page.getByLabel('Nội dung ý kiến').fill(text, WAIT)
        await setArticleClosed(true)
        const answer = await send(page, 'Gửi ý kiến', '/gui-y-kien')
        expect(answer.status()).toBe(403)
        await expectKept(page, text, 'đã đóng', `feedback-closed-comment-${tag}`)
        expect(await axeOnAnswer(answer, viewport)).toBe('')
      } finally {
        await page.context().close()
        await setArticleClosed(false)
      }
    })

    it(`gives a question back read-only when questions stopped meanwhile, at ${width}`, async () => {
      await setQuestionsClosed(false)
      await formOn('/hoi-dap')
      const page = await noScriptPage(viewport)
      try {
        await page.goto(`${baseUrl()}/hoi-dap`)
        const text = `Câu hỏi gửi lúc ngừng nhận (${width}) ${suffix}: thủ tục chuyển sinh hoạt Đảng?`
        await page.getByLabel('Họ và tên').fill('Vũ Thị Lan', WAIT)
        await page
          .getByLabel('Thư điện tử hoặc số điện thoại (không công khai)')
          .fill('0912 345 678', WAIT)
        await page.getByLabel('Nội dung câu hỏi').fill(text, WAIT)
        await setQuestionsClosed(true)
        const answer = await send(page, 'Gửi câu hỏi', '/gui-cau-hoi')
        expect(answer.status()).toBe(403)
        await expectKept(page, text, 'tạm ngừng nhận câu hỏi', `feedback-closed-question-${tag}`)
        expect(await axeOnAnswer(answer, viewport)).toBe('')
      } finally {
        await page.context().close()
        await setQuestionsClosed(false)
      }
    })
  }
})

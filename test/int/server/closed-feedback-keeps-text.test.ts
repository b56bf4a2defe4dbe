/**
 * A reader who posts a comment or a question just as submissions are closed (on the article, or
 * site-wide in the feedback settings) is refused (403) like any other refusal: the page comes
 * back with a Vietnamese message and what they wrote, so nothing typed is lost. Before, a closed
 * page showed no form, and so no text. Over real HTTP on the production server, without
 * JavaScript: the form token is taken while the form is open, then submissions close. In
 * Chromium without JavaScript at desktop and 390 px, the answer page is checked with axe-core.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { axeViolations } from '../../helpers/e2e/axe'
import { DESKTOP, launch, PHONE, screenshot } from '../../helpers/e2e/browser'
import { commentFields, formToken, postForm, publishedArticle } from '../../helpers/feedback'
import { pollUntil } from '../../helpers/poll'
import { startProductionServer } from '../../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let article: Article
const suffix = Date.now().toString(36)
const KEPT = 'Nội dung bạn đã viết được giữ lại bên dưới.'

/** Waits until the page at `path` shows that submissions are closed (no form on it). */
const closedOn = (path: string, notice: string) =>
  pollUntil(async () => {
    const html = await (await fetch(`${server.url}${path}`)).text()
    return html.includes(notice) && !html.includes('name="ma"')
  }, 10_000)

/** Waits until the page at `path` has its form again. */
const openOn = (path: string) =>
  pollUntil(async () => (await (await fetch(`${server.url}${path}`)).text()).includes('name="ma"'))

/** The read-only copy of the reader's text on the refusal page. */
const keptText = (body: string): string | null =>
  /<textarea[^>]*readonly=""[^>]*>([\s\S]*?)<\/textarea>/i.exec(body)?.[1] ?? null

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_FEEDBACK: '50',
    RATE_LIMIT_PAGES: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  article = await publishedArticle(payload, `Bài thử đóng ý kiến ${suffix}`)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

let browser: Browser | undefined

const setArticleClosed = (closed: boolean) =>
  payload.update({
    collection: 'articles',
    id: article.id,
    data: { commentsClosed: closed },
    overrideAccess: true,
  })

describe('a post refused because submissions closed keeps the reader’s text', () => {
  it('gives back a comment on an article closed while the reader wrote it', async () => {
    const text = `Ý kiến viết dở khi bài đóng ${suffix}: đề nghị công khai kết quả.`
    await openOn(`/bai-viet/${article.slug}`)
    const fields = await commentFields(server.url, article, text)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { commentsClosed: true },
      overrideAccess: true,
    })
    await closedOn(`/bai-viet/${article.slug}`, 'Chức năng gửi ý kiến cho bài viết này đã đóng.')
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(403)
    expect(res.body).toContain(KEPT)
    expect(keptText(res.body)).toBe(text)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { commentsClosed: false },
      overrideAccess: true,
    })
  })

  it('gives back a comment when comments are closed site-wide', async () => {
    const text = `Ý kiến gửi lúc đóng toàn trang ${suffix}`
    await openOn(`/bai-viet/${article.slug}`)
    const fields = await commentFields(server.url, article, text)
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { commentsClosed: true },
      overrideAccess: true,
    })
    await closedOn(`/bai-viet/${article.slug}`, 'Chức năng gửi ý kiến cho bài viết này đã đóng.')
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(403)
    expect(res.body).toContain(KEPT)
    expect(keptText(res.body)).toBe(text)
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { commentsClosed: false },
      overrideAccess: true,
    })
  })

  it('gives back a question when questions stop', async () => {
    const text = `Câu hỏi gửi lúc ngừng nhận ${suffix}: thủ tục chuyển sinh hoạt Đảng?`
    const ma = await formToken(server.url, '/hoi-dap')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { questionsClosed: true },
      overrideAccess: true,
    })
    await closedOn('/hoi-dap', 'Cổng thông tin tạm ngừng nhận câu hỏi.')
    const res = await postForm(server.url, '/gui-cau-hoi', {
      ma,
      'ho-ten': 'Lê Văn Cường',
      'lien-he': '0912345678',
      'noi-dung': text,
      website: '',
    })
    expect(res.status).toBe(403)
    expect(res.body).toContain(KEPT)
    expect(keptText(res.body)).toBe(text)
    const { totalDocs } = await payload.count({
      collection: 'questions',
      where: { question: { contains: suffix } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['390 px', PHONE],
  ] as const) {
    it(`shows the kept text in a browser without JavaScript, accessibly, at ${width}`, async () => {
      browser ??= await launch()
      const context = await browser.newContext({ viewport, javaScriptEnabled: false })
      const page = await context.newPage()
      const text = `Ý kiến viết trên trình duyệt (${width}) ${suffix}`
      await openOn(`/bai-viet/${article.slug}`)
      await page.goto(`${server.url}/bai-viet/${article.slug}`)
      await page.getByLabel('Họ và tên').fill('Hoàng Minh')
      await page.getByLabel('Thư điện tử hoặc số điện thoại (không công khai)').fill('m@vidu.vn')
      await page.getByLabel('Nội dung ý kiến').fill(text)
      await page.waitForTimeout(1100)
      await setArticleClosed(true)
      await closedOn(`/bai-viet/${article.slug}`, 'Chức năng gửi ý kiến cho bài viết này đã đóng.')
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
      await page.waitForLoadState()
      expect(await page.getByRole('alert').textContent()).toContain('chưa được gửi')
      const kept = page.getByLabel('Nội dung bạn đã viết (chưa được gửi)')
      expect(await kept.inputValue()).toBe(text)
      expect(await kept.getAttribute('readonly')).not.toBeNull()
      expect(await axeViolations(page)).toBe('')
      await screenshot(page, `feedback-closed-kept-${width.replace(' ', '')}`)
      await context.close()
      await setArticleClosed(false)
    })
  }
})

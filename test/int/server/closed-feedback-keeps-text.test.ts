/**
 * A reader who posts a comment or a question just as submissions are closed (on the article, or
 * site-wide in the feedback settings) is refused (403) like any other refusal: the page comes
 * back with a Vietnamese message and what they wrote, so nothing typed is lost. Before, a closed
 * page showed no form, and so no text. Over real HTTP on the production server, without
 * JavaScript: the form token is taken while the form is open, then submissions close.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

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
  await server?.close()
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

  it('closes the form at once when an editor saves the closing as a draft of the live article', async () => {
    const text = `Ý kiến gửi khi bài đóng bằng bản nháp ${suffix}`
    const other = await publishedArticle(payload, `Bài thử đóng bằng bản nháp ${suffix}`)
    await openOn(`/bai-viet/${other.slug}`)
    const fields = await commentFields(server.url, other, text)
    // A draft save, as the admin's autosave sends it: nothing else of the draft is published.
    await payload.update({
      collection: 'articles',
      id: other.id,
      data: { title: `Tiêu đề nháp chưa duyệt ${suffix}`, commentsClosed: true },
      draft: true,
      overrideAccess: true,
    })
    await closedOn(`/bai-viet/${other.slug}`, 'Chức năng gửi ý kiến cho bài viết này đã đóng.')
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(403)
    expect(keptText(res.body)).toBe(text)
    const page = await (await fetch(`${server.url}/bai-viet/${other.slug}`)).text()
    expect(page).not.toContain('Tiêu đề nháp chưa duyệt')
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
})

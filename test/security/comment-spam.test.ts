import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { commentFields, postForm, publishedArticle } from '../helpers/feedback'
import { startProductionServer } from '../helpers/production-server'

/**
 * The comment form's abuse handling on the production server over real HTTP, without any third
 * party: honeypot, signed time-stamped single-use token (forged, too fast, replayed), link and
 * banned-word limits, closing comments, and the per-IP rate limit (429). Every refusal keeps
 * what the reader typed and says why in Vietnamese.
 */
type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
let article: Article
const suffix = Date.now().toString(36)
const RATE_LIMIT = 16

const stored = async (marker: string) =>
  (
    await payload.count({
      collection: 'comments',
      where: { text: { contains: marker } },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_FEEDBACK: String(RATE_LIMIT),
    RATE_LIMIT_PAGES: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  article = await publishedArticle(payload, `Bài chống thư rác ${suffix}`)
})

afterAll(async () => {
  await server?.close()
})

describe('comment abuse handling', () => {
  it('answers a filled honeypot like a success and stores nothing', async () => {
    const marker = `honeypot${suffix}`
    const fields = await commentFields(server.url, article, `Bot ${marker}`, {
      website: 'http://spam.example',
    })
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(303)
    expect(await stored(marker)).toBe(0)
  })

  it('refuses a replayed token and keeps the text', async () => {
    const marker = `replay${suffix}`
    const fields = await commentFields(server.url, article, `Lần đầu ${marker}`)
    expect((await postForm(server.url, '/gui-y-kien', fields)).status).toBe(303)
    const again = await postForm(server.url, '/gui-y-kien', {
      ...fields,
      'noi-dung': `Lần hai ${marker}`,
    })
    expect(again.status).toBe(409)
    expect(again.body).toContain('Biểu mẫu này đã được gửi một lần')
    expect(again.body).toContain(`Lần hai ${marker}`)
    expect(await stored(marker)).toBe(1)
  })

  it('refuses a form sent faster than the minimum fill time', async () => {
    const marker = `toofast${suffix}`
    const fields = await commentFields(server.url, article, `Nhanh ${marker}`, {}, 0)
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(400)
    expect(res.body).toContain('Bạn gửi quá nhanh')
    expect(res.body).toContain(`Nhanh ${marker}`)
    expect(await stored(marker)).toBe(0)
  })

  it('refuses a forged or missing token', async () => {
    const marker = `forged${suffix}`
    const fields = await commentFields(server.url, article, `Giả ${marker}`)
    const [issued, nonce] = fields.ma!.split('.')
    for (const ma of [`${issued}.${nonce}.${'A'.repeat(43)}`, '']) {
      const res = await postForm(server.url, '/gui-y-kien', { ...fields, ma })
      expect(res.status).toBe(400)
      expect(res.body).toContain('Biểu mẫu không hợp lệ')
    }
    expect(await stored(marker)).toBe(0)
  })

  it('refuses banned words whatever the case and diacritics, and too many links', async () => {
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { bannedWords: 'cờ bạc online\nlừa đảo', maxLinks: 1 },
      overrideAccess: true,
    })
    const marker = `banned${suffix}`
    const banned = await postForm(
      server.url,
      '/gui-y-kien',
      await commentFields(server.url, article, `Trang này LUA DAO ${marker}`),
    )
    expect(banned.status).toBe(400)
    expect(banned.body).toContain('từ ngữ không phù hợp')
    expect(banned.body).toContain(`Trang này LUA DAO ${marker}`)
    const links = await postForm(
      server.url,
      '/gui-y-kien',
      await commentFields(server.url, article, `Xem http://a.vn và www.b.com ${marker}`),
    )
    expect(links.status).toBe(400)
    expect(links.body).toContain('quá nhiều đường liên kết')
    expect(await stored(marker)).toBe(0)
  })

  it('refuses comments on an article closed to them, and site-wide', async () => {
    const marker = `closed${suffix}`
    const fields = await commentFields(server.url, article, `Đóng ${marker}`)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { commentsClosed: true },
      overrideAccess: true,
    })
    const perArticle = await postForm(server.url, '/gui-y-kien', fields)
    expect(perArticle.status).toBe(403)
    expect(perArticle.body).toContain('đã đóng')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { commentsClosed: false },
      overrideAccess: true,
    })
    const later = await commentFields(server.url, article, `Đóng ${marker}`)
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { commentsClosed: true },
      overrideAccess: true,
    })
    const siteWide = await postForm(server.url, '/gui-y-kien', later)
    expect(siteWide.status).toBe(403)
    expect(siteWide.body).toContain('đã đóng')
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { commentsClosed: false },
      overrideAccess: true,
    })
    expect(await stored(marker)).toBe(0)
  })

  it('refuses an unknown article with 404', async () => {
    const fields = await commentFields(server.url, article, `Không có bài ${suffix}`)
    const res = await postForm(server.url, '/gui-y-kien', {
      ...fields,
      bai: '00000000-0000-4000-8000-000000000000',
    })
    expect(res.status).toBe(404)
  })

  it('limits posts per address (429 in Vietnamese)', async () => {
    const statuses: number[] = []
    let last = ''
    for (let i = 0; i < RATE_LIMIT; i++) {
      const res = await postForm(server.url, '/gui-y-kien', { bai: article.id, ma: 'x' })
      statuses.push(res.status)
      last = res.body
      if (res.status === 429) break
    }
    expect(statuses).toContain(429)
    expect(last).toContain('Bạn gửi ý kiến quá nhiều lần')
  })
})

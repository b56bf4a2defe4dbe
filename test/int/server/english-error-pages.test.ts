/**
 * The English section's error pages on the production server over real HTTP, as a reader
 * without JavaScript gets them (issue 12 §2, review leftovers):
 * - a page under /en that fails to render answers 500 with the English error page
 *   (`<html lang="en">`, English text in the raw HTML), never the Vietnamese one, while a
 *   Vietnamese page that fails still gets the Vietnamese page;
 * - the English 404 page's address cannot be taken by a standing page: pages whose slugs are
 *   `page-not-found` (the old address of the English 404) or `error` are served as themselves,
 *   and an unknown English address still gets the English 404.
 * The failure is forced by making the shared Payload instance throw on the lookup of one slug,
 * which the page's server render goes through (src/site/data/client.ts: one instance per process).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let restoreFind: () => void = () => {}

const BOOM = 'trang-hong-de-thu-loi'
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

/** The text of the page's main part without JavaScript (the header's switch says "Tiếng Việt"). */
const visibleText = (html: string): string =>
  (/<main[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** A published page with a Vietnamese and an English version. */
async function bilingualPage(slug: string, vi: string, en: string): Promise<void> {
  const page = await payload.create({
    collection: 'pages',
    data: { title: vi, slug, _status: 'published' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'en',
    data: { title: en, _status: 'published' },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, false)
  payload = server.payload
  await bilingualPage('page-not-found', 'Trang có đường dẫn lạ', 'A page called page-not-found')
  await bilingualPage('error', 'Trang tên lỗi', 'A page called error')
  // Any lookup naming BOOM fails, as a broken database read would.
  const find = payload.find.bind(payload)
  payload.find = ((args: Parameters<Payload['find']>[0]) => {
    if (JSON.stringify(args.where ?? {}).includes(BOOM))
      return Promise.reject(new Error('forced render failure (test)'))
    return find(args)
  }) as unknown as Payload['find']
  restoreFind = () => {
    payload.find = find
  }
})

afterAll(async () => {
  restoreFind()
  await server?.close()
})

describe('a failed English page', () => {
  it('answers 500 with the English error page in the raw HTML', async () => {
    const { status, html } = await get(`/en/${BOOM}`)
    expect(status).toBe(500)
    expect(html).toMatch(/<html\b[^>]*\blang="en"/)
    expect(html).not.toContain('__next_error__')
    const text = visibleText(html)
    expect(text).toContain('Something went wrong')
    expect(text).not.toContain('Đã có lỗi xảy ra')
    expect(text).not.toMatch(VIETNAMESE)
  })

  it('leaves the Vietnamese 500 page to Vietnamese addresses', async () => {
    const { status, html } = await get(`/bai-viet/${BOOM}`)
    expect(status).toBe(500)
    expect(html).toMatch(/<html\b[^>]*\blang="vi"/)
    expect(visibleText(html)).toContain('Đã có lỗi xảy ra')
  })
})

describe('the English 404 page’s address', () => {
  it('is taken by no page: pages called page-not-found or error are served as themselves', async () => {
    for (const [slug, title] of [
      ['page-not-found', 'A page called page-not-found'],
      ['error', 'A page called error'],
    ]) {
      const { status, html } = await get(`/en/${slug}`)
      expect(status, slug).toBe(200)
      expect(html, slug).toMatch(/<html\b[^>]*\blang="en"/)
      expect(visibleText(html), slug).toContain(title)
      expect(visibleText(html), slug).not.toContain('Page not found')
    }
  })

  it('still gives an unknown English address the English 404', async () => {
    const { status, html } = await get('/en/khong-co-trang-nay')
    expect(status).toBe(404)
    expect(html).toMatch(/<html\b[^>]*\blang="en"/)
    expect(visibleText(html)).toContain('Page not found')
    expect(visibleText(html)).not.toMatch(VIETNAMESE)
  })
})

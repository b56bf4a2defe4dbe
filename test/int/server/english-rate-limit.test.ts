/**
 * An English reader who is refused for asking too fast (the per-IP page limit, which counts what
 * the page cache could not answer: 404s, first renders) gets the refusal in English with
 * `<html lang="en">` and a link to the English home, in the raw HTML (issue 12 §2: no English
 * address answers with a Vietnamese page); Vietnamese addresses keep the Vietnamese refusal.
 * The production server over real HTTP, with a page limit of 2 misses a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

/** Misses (404s are never kept by the page cache) until the limiter answers 429. */
async function refused(prefix: string): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const { status, html } = await get(`${prefix}/khong-co-trang-${i}`)
    if (status === 429) return html
  }
  throw new Error(`no 429 under ${prefix}`)
}

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '2' }, false)
})

afterAll(async () => {
  await server?.close()
})

describe('the page rate limit', () => {
  it('refuses an English address in English', async () => {
    const html = await refused('/en')
    expect(html).toMatch(/<html\b[^>]*\blang="en"/)
    expect(html).toContain('Too many requests')
    expect(html).toContain('href="/en"')
    expect(html.replace(/<[^>]+>/g, ' ')).not.toMatch(VIETNAMESE)
  })

  it('still refuses a Vietnamese address in Vietnamese', async () => {
    // The same address's counter: already over the limit.
    const { status, html } = await get('/khong-co-trang-nay')
    expect(status).toBe(429)
    expect(html).toMatch(/<html\b[^>]*\blang="vi"/)
    expect(html).toContain('Bạn truy cập quá nhanh')
  })
})

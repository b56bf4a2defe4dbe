// Attack (content spoofing through the readers' forms): a refused comment or question comes back
// as the portal's own page with what was posted in it (a read-only box when submissions are
// closed, the filled-in form for any other refusal), so the reader loses nothing. A page on
// another site can post a form with any text to /gui-y-kien or /gui-cau-hoi from a visitor's
// browser, and the government portal then shows, under its own address and banner, a "notice"
// the attacker wrote. No token is needed: a closed article refuses before the token is checked,
// and a forged token is itself a refusal that gave the text back. The text must be given back
// only to a post from the portal's own page (Sec-Fetch-Site, else Origin against SERVER_URL);
// any other post gets the same Vietnamese refusal without a word of what was posted.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import {
  commentFields,
  formToken,
  postForm,
  publishedArticle,
  sameOriginHeaders,
} from '../helpers/feedback'
import { pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let open: Article
let closed: Article
const suffix = Date.now().toString(36)
/** In everything the attacker posts and nowhere else (not in this test's article titles). */
const MARK = `gm${suffix}x`

/** What the attacker wants the portal to say, and a name and contact to show with it. */
const SPOOF = `THÔNG BÁO KHẨN ${MARK}: cán bộ đảng viên nộp lệ phí tại trang-gia-mao.example`
const SPOOF_NAME = `Văn phòng Đảng ủy ${MARK}`
const SPOOF_CONTACT = `lienhe${MARK}@gia-mao.example`

const EVIL = 'https://trang-gia-mao.example'

/** How other sites' pages and other clients post (all but the last are real browser headers). */
const FOREIGN: Record<string, Record<string, string>> = {
  'a cross-site page': { origin: EVIL, 'sec-fetch-site': 'cross-site' },
  'a sibling subdomain': { origin: 'https://tin.example', 'sec-fetch-site': 'same-site' },
  'an older browser (Origin only)': { origin: EVIL },
  'a sandboxed frame or redirect (Origin: null)': { origin: 'null' },
  'a client that sends neither header': {},
}

function expectNoEcho(body: string) {
  expect(body).not.toContain(MARK)
  expect(body).not.toContain('gia-mao.example')
  expect(body).not.toMatch(/<textarea[^>]*readonly/i)
}

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_FEEDBACK: '100',
    RATE_LIMIT_PAGES: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  open = await publishedArticle(payload, `Bài mở ý kiến ${suffix}`)
  closed = await publishedArticle(payload, `Bài đóng ý kiến ${suffix}`)
  await payload.update({
    collection: 'articles',
    id: closed.id,
    data: { commentsClosed: true },
    overrideAccess: true,
  })
  await pollUntil(async () => {
    const html = await (await fetch(`${server.url}/bai-viet/${closed.slug}`)).text()
    return !html.includes('name="ma"')
  }, 10_000)
})

afterAll(async () => {
  await server?.close()
})

const spoofFields = (article: Article, ma = 'gia-mao'): Record<string, string> => ({
  bai: article.id,
  ma,
  'ho-ten': SPOOF_NAME,
  'lien-he': SPOOF_CONTACT,
  'noi-dung': SPOOF,
  website: '',
})

describe('a post from another site never makes the portal show its text', () => {
  for (const [who, headers] of Object.entries(FOREIGN)) {
    it(`closed comments: ${who} gets the Vietnamese 403 without the text`, async () => {
      const res = await postForm(server.url, '/gui-y-kien', spoofFields(closed), headers)
      expect(res.status).toBe(403)
      expect(res.body).toContain('Chức năng gửi ý kiến cho bài viết này đã đóng')
      expect(res.body).toContain('<html lang="vi"')
      expectNoEcho(res.body)
    })
  }

  it('a forged token from a cross-site page: 400 without the text, name or contact', async () => {
    const res = await postForm(
      server.url,
      '/gui-y-kien',
      spoofFields(open),
      FOREIGN['a cross-site page'],
    )
    expect(res.status).toBe(400)
    expect(res.body).toContain('Biểu mẫu không hợp lệ')
    expectNoEcho(res.body)
  })

  it('a valid token but a refused field, posted cross-site: 400 without the text', async () => {
    const fields = await commentFields(server.url, open, SPOOF, {
      'ho-ten': '',
      'lien-he': SPOOF_CONTACT,
    })
    const res = await postForm(server.url, '/gui-y-kien', fields, { origin: EVIL })
    expect(res.status).toBe(400)
    expect(res.body).toContain('Vui lòng nhập họ và tên')
    expectNoEcho(res.body)
  })

  it('closed questions: a cross-site post gets the 403 without the text', async () => {
    await payload.updateGlobal({
      slug: 'feedback-settings',
      data: { questionsClosed: true },
      overrideAccess: true,
    })
    try {
      await pollUntil(async () => {
        const html = await (await fetch(`${server.url}/hoi-dap`)).text()
        return !html.includes('name="ma"')
      }, 10_000)
      const res = await postForm(
        server.url,
        '/gui-cau-hoi',
        { ...spoofFields(open), bai: '' },
        FOREIGN['a cross-site page'],
      )
      expect(res.status).toBe(403)
      expect(res.body).toContain('Cổng thông tin tạm ngừng nhận câu hỏi')
      expectNoEcho(res.body)
    } finally {
      await payload.updateGlobal({
        slug: 'feedback-settings',
        data: { questionsClosed: false },
        overrideAccess: true,
      })
    }
  })
})

describe('the portal’s own form still gets its text back', () => {
  it('closed comments, posted from the portal’s page: the text in the read-only box', async () => {
    const text = `Ý kiến thật ${suffix} viết khi bài vừa đóng.`
    const res = await postForm(
      server.url,
      '/gui-y-kien',
      { ...spoofFields(closed), 'noi-dung': text },
      sameOriginHeaders(server.url),
    )
    expect(res.status).toBe(403)
    expect(/<textarea[^>]*readonly=""[^>]*>([\s\S]*?)<\/textarea>/i.exec(res.body)?.[1]).toBe(text)
  })

  it('an older browser that sends only Origin, equal to the site’s: the form filled in', async () => {
    const text = `Ý kiến thật ${suffix} thiếu họ tên.`
    const ma = await formToken(server.url, `/bai-viet/${open.slug}`)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const res = await postForm(
      server.url,
      '/gui-y-kien',
      { ...spoofFields(open, ma), 'ho-ten': '', 'noi-dung': text },
      { origin: new URL(server.url).origin },
    )
    expect(res.status).toBe(400)
    expect(res.body).toContain('Vui lòng nhập họ và tên')
    expect(res.body).toContain(text)
  })
})

// What a crawler, a feed reader or a browser without JavaScript gets: every public route's HTML
// as sent (no script runs here) must say it is Vietnamese and carry its text, feeds must be
// announced, and links must point at the server that sent them.
import { describe, expect, it } from 'vitest'

import { baseUrl } from '../helpers/e2e/browser'

const ARTICLE =
  '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam'
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

/** The text a reader sees without JavaScript: the body minus scripts, styles and tags. */
function visibleText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? ''
  return body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<div hidden[^>]*>[\s\S]*?<\/div>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The first link on a page whose path starts with `prefix`. */
function firstLink(html: string, prefix: string): string {
  const href = new RegExp(`href="(${prefix}[^"#?]+)"`).exec(html)?.[1]
  if (!href) throw new Error(`no ${prefix} link`)
  return href.replace(/&amp;/g, '&')
}

const feedLinks = (html: string): string[] =>
  [...html.matchAll(/<link\b[^>]*rel="alternate"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes('type="application/rss+xml"'))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '')

describe('raw HTML of every public route, fetched without JavaScript', () => {
  it('is Vietnamese (lang="vi") with its text in the HTML, on every route', async () => {
    const article = await get(ARTICLE)
    const home = await get('/')
    const questions = await get('/hoi-dap')
    const routes: Array<[string, number, string]> = [
      ['/', 200, 'Tin mới'],
      [firstLink(home.html, '/chuyen-de/'), 200, 'Chuyên đề'],
      ['/gioi-thieu', 200, 'Giới thiệu'],
      ['/gioi-thieu/lanh-dao', 200, 'Nguyễn Văn Thành'],
      ['/gioi-thieu/co-cau-to-chuc', 200, 'Ban Tuyên giáo'],
      ['/hoi-dap', 200, 'Hỏi đáp'],
      [firstLink(questions.html, '/hoi-dap/'), 200, 'Hỏi đáp'],
      ['/lich-cong-tac', 200, 'Lịch công tác tuần'],
      ['/chuyen-muc/xay-dung-dang', 200, 'Xây dựng Đảng'],
      [ARTICLE, 200, 'Đảng ủy Khối'],
      [firstLink(article.html, '/the/'), 200, 'Từ khóa:'],
      [firstLink(article.html, '/tac-gia/'), 200, 'Tác giả:'],
      [firstLink(article.html, '/anh/'), 200, 'Ảnh'],
      ['/van-ban', 200, 'Thư viện văn bản'],
      ['/tim-kiem?q=chuyen+doi+so', 200, 'Tìm kiếm'],
      [
        '/in/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
        200,
        'In bài viết',
      ],
      ['/dia-chi-khong-ton-tai', 404, 'Không tìm thấy trang'],
      ['/chuyen-muc/chuyen-muc-khong-ton-tai', 404, 'Không tìm thấy trang'],
      ['/bai-viet/bai-viet-khong-ton-tai', 404, 'Không tìm thấy trang'],
    ]
    for (const [path, status, phrase] of routes) {
      const { status: got, html } = await get(path)
      expect(got, path).toBe(status)
      expect(html, path).toMatch(/<html\b[^>]*\blang="vi"/)
      expect(html, path).not.toContain('__next_error__')
      const text = visibleText(html)
      expect(text.length, path).toBeGreaterThan(100)
      expect(text, path).toMatch(VIETNAMESE)
      expect(text.toLowerCase(), path).toContain(phrase.toLowerCase())
    }
  })

  it('answers HEAD for a missing page with 404 and no body', async () => {
    const res = await fetch(`${baseUrl()}/dia-chi-khong-ton-tai`, { method: 'HEAD' })
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('')
  })

  it('announces the site feed on the home page and each category’s feed on its page', async () => {
    const home = feedLinks((await get('/')).html)
    expect(home).toContain(`${baseUrl()}/rss.xml`)
    for (const path of ['/chuyen-muc/xay-dung-dang', '/chuyen-muc/tin-tuc-su-kien']) {
      const links = feedLinks((await get(path)).html)
      expect(links, path).toContain(`${baseUrl()}${path}/rss.xml`)
    }
    const feed = await fetch(home[0]!)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toContain('application/rss+xml')
  })

  it('points canonical links, feeds and sitemaps at the port it serves on (no SERVER_URL)', async () => {
    // The test server sets no SERVER_URL unless the developer's environment does.
    const origin = process.env.SERVER_URL?.replace(/\/+$/, '') || baseUrl()
    if (!process.env.SERVER_URL) expect(origin).not.toMatch(/:3000$/)
    expect((await get('/')).html).toMatch(new RegExp(`<link rel="canonical" href="${origin}/?"`))
    expect((await get('/rss.xml')).html).toContain(`<link>${origin}/bai-viet/`)
    expect((await get('/sitemap.xml')).html).toContain(`<loc>${origin}/`)
  })
})

import { describe, expect, it } from 'vitest'

import { foundNothing, wrongContent } from '../../../../bench/load/content-check'

const ORIGIN = 'http://localhost:3950'

/** A page as the portal sends it: lang, title with the site's suffix, canonical link. */
const page = (title: string, canonical?: string, lang = 'vi') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"/><title>${title} | Đảng bộ</title>` +
  (canonical ? `<link rel="canonical" href="${ORIGIN}${canonical}"/>` : '') +
  `</head><body><main><h1>${title}</h1></main></body></html>`

const ARTICLE = '/bai-viet/tai-9999'
const LISTING = '/chuyen-muc/xay-dung-dang?trang=3'

describe('the load run’s check of what a 2xx answer holds', () => {
  it('accepts the page asked for', () => {
    expect(wrongContent('read:home', '/', page('Đảng bộ', '/'))).toBeNull()
    expect(wrongContent('read:article', ARTICLE, page('Hội nghị', ARTICLE))).toBeNull()
    expect(
      wrongContent('read:category', LISTING, page('Xây dựng Đảng – Trang 3', LISTING)),
    ).toBeNull()
    const q = '/tim-kiem?q=' + encodeURIComponent('chuyển đổi số')
    expect(wrongContent('search', q, page('Tìm kiếm: chuyển đổi số', '/tim-kiem'))).toBeNull()
  })

  it('refuses another page than the one asked for', () => {
    expect(wrongContent('read:article', ARTICLE, page('Hội nghị', '/bai-viet/tai-1'))).toMatch(
      /another page/,
    )
    expect(
      wrongContent('read:category', LISTING, page('Xây dựng Đảng', '/chuyen-muc/xay-dung-dang')),
    ).toMatch(/another page/)
    expect(wrongContent('read:article', ARTICLE, page('Hội nghị'))).toMatch(/no canonical/)
    const q = '/tim-kiem?q=ban+chap+hanh'
    expect(wrongContent('search', q, page('Tìm kiếm: hội nghị', '/tim-kiem'))).toMatch(
      /another query/,
    )
  })

  it('refuses an error page, an error shell, a page cut short and a page not in Vietnamese', () => {
    expect(wrongContent('read:article', ARTICLE, page('Đã có lỗi xảy ra', ARTICLE))).toMatch(
      /error page/,
    )
    expect(wrongContent('search', '/tim-kiem?q=a', page('Không tìm thấy trang'))).toMatch(
      /error page/,
    )
    const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'
    expect(wrongContent('read:home', '/', shell)).toBe('Next error shell')
    const whole = page('Hội nghị', ARTICLE)
    expect(wrongContent('read:article', ARTICLE, whole.slice(0, whole.length - 20))).toMatch(
      /incomplete/,
    )
    expect(wrongContent('read:article', ARTICLE, page('Hội nghị', ARTICLE, 'en'))).toMatch(/lang/)
  })

  it('tells a search that found nothing from one that found something', () => {
    const empty = page('Tìm kiếm: xyz', '/tim-kiem').replace(
      '</main>',
      '<p>Không tìm thấy kết quả nào cho «xyz».</p></main>',
    )
    const found = page('Tìm kiếm: hội nghị', '/tim-kiem').replace(
      '</main>',
      '<p>Tìm thấy 12 kết quả cho «hội nghị» (dưới 0,01 giây).</p></main>',
    )
    expect(foundNothing(empty)).toBe(true)
    expect(foundNothing(found)).toBe(false)
  })
})

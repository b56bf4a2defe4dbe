/**
 * Which cached pages a change drops (src/site/cache/targets.ts), matched against page indexes as
 * the page cache builds them (src/server/page-index.ts) from real-looking HTML and XML.
 */
import { describe, expect, it } from 'vitest'

import { indexPage, pageMatches } from '@/server/page-index'
import {
  type ArticleFacts,
  articleTarget,
  EVERYTHING,
  mediaTarget,
  mergeTargets,
  type PageTarget,
  parseTarget,
  scheduleTarget,
  taxonomyTarget,
} from '@/site/cache/targets'

const facts = (over: Partial<ArticleFacts> = {}): ArticleFacts => ({
  slug: 'hoi-nghi-tong-ket',
  kind: 'news',
  categoryIds: ['cat-child'],
  categorySlugs: ['xay-dung-dang', 'tin-tuc'],
  tagIds: ['tag-1'],
  tagSlugs: ['chuyen-doi-so'],
  authorSlugs: ['minh-yen'],
  topicSlugs: ['dai-hoi-dang'],
  credits: ['thanh-le'],
  pickedBy: ['bai-chon-lien-quan'],
  ...over,
})

const NAV =
  '<nav><a href="/chuyen-muc/tin-tuc">Tin tức</a><a href="/chuyen-muc/xay-dung-dang">XDĐ</a></nav>'
const html = (main: string) =>
  `<!doctype html><html lang="vi"><body>${NAV}<main>${main}</main></body></html>`

/** Whether a page at `path` with `body` is dropped by `target`. */
const drops = (
  target: PageTarget | null,
  path: string,
  body = html(''),
  related: string[] | 'unknown' | null = null,
) => target !== null && pageMatches(indexPage(path, body, related), target)

describe('articleTarget: publishing, editing, unpublishing an article', () => {
  const target = articleTarget(null, facts())

  it('drops the article, home, every list it enters (all their pages) and the feeds and sitemaps', () => {
    for (const path of [
      '/bai-viet/hoi-nghi-tong-ket',
      '/in/hoi-nghi-tong-ket',
      '/',
      '/rss.xml',
      '/chuyen-muc/xay-dung-dang',
      '/chuyen-muc/xay-dung-dang/rss.xml',
      // the parent category's listing includes its sub-categories
      '/chuyen-muc/tin-tuc',
      '/chuyen-muc/tin-tuc/rss.xml',
      '/the/chuyen-doi-so',
      '/tac-gia/minh-yen',
      '/chuyen-de/dai-hoi-dang',
      '/anh/thanh-le',
      // an article that picks it as related, which does not link to it while it is a draft
      '/bai-viet/bai-chon-lien-quan',
      '/sitemap.xml',
      '/sitemap-news.xml',
      '/sitemap-bai-viet-1.xml',
      '/sitemap-chung.xml',
    ])
      expect(drops(target, path), path).toBe(true)
  })

  it('keeps unrelated pages: other articles, categories, tags, authors, the schedule, documents', () => {
    for (const path of [
      '/bai-viet/bai-khac',
      '/chuyen-muc/van-hoa',
      '/the/khac',
      '/tac-gia/nguoi-khac',
      '/chuyen-de/khac',
      '/anh/nguoi-khac',
      '/lich-cong-tac',
      '/lich-cong-tac.ics',
      '/van-ban',
      '/trang-loi/404',
      '/robots.txt',
    ])
      expect(drops(target, path), path).toBe(false)
  })

  it('does not match a page just because the menu links to the article’s category', () => {
    expect(drops(target, '/bai-viet/bai-khac', html('<p>Nội dung</p>'), ['cat-other'])).toBe(false)
  })

  it('drops every page that links to the article: lists, "Đọc nhiều", related picks, feeds', () => {
    const card = html(
      '<ul class="most-read"><li><a href="/bai-viet/hoi-nghi-tong-ket">Hội nghị</a></li></ul>',
    )
    expect(drops(target, '/bai-viet/bai-khac', card, ['cat-other'])).toBe(true)
    expect(drops(target, '/chuyen-muc/van-hoa', card)).toBe(true)
    const feed =
      '<rss><item><link>http://localhost:3000/bai-viet/hoi-nghi-tong-ket</link></item></rss>'
    expect(drops(target, '/chuyen-muc/van-hoa/rss.xml', feed)).toBe(true)
    // a longer slug sharing the prefix is another article
    const other = html('<a href="/bai-viet/hoi-nghi-tong-ket-2">x</a>')
    expect(drops(target, '/chuyen-muc/van-hoa', other)).toBe(false)
  })

  it('drops article pages whose related list draws on its categories or tags', () => {
    expect(drops(target, '/bai-viet/cung-chuyen-muc', html(''), ['cat-child'])).toBe(true)
    expect(drops(target, '/bai-viet/cung-the', html(''), ['cat-x', 'tag-1'])).toBe(true)
    expect(drops(target, '/bai-viet/khac', html(''), ['cat-x', 'tag-x'])).toBe(false)
    // stored without a note of its sources: assumed to depend on every category and tag
    expect(drops(target, '/bai-viet/khong-ro', html(''), 'unknown')).toBe(true)
  })

  it('on a slug change or a move, drops the old and the new pages and lists', () => {
    const moved = articleTarget(
      facts({ slug: 'ten-cu', categorySlugs: ['cu'], categoryIds: ['c-cu'] }),
      facts({ slug: 'ten-moi', categorySlugs: ['moi'], categoryIds: ['c-moi'] }),
    )
    for (const path of [
      '/bai-viet/ten-cu',
      '/bai-viet/ten-moi',
      '/in/ten-cu',
      '/chuyen-muc/cu',
      '/chuyen-muc/moi',
    ])
      expect(drops(moved, path), path).toBe(true)
    expect(drops(moved, '/chuyen-muc/khac', html('<a href="/bai-viet/ten-cu">cũ</a>'))).toBe(true)
  })

  it('on unpublish or delete (nothing public after) drops where it was', () => {
    const gone = articleTarget(facts(), null)
    expect(drops(gone, '/bai-viet/hoi-nghi-tong-ket')).toBe(true)
    expect(drops(gone, '/chuyen-muc/tin-tuc')).toBe(true)
    expect(drops(gone, '/tac-gia/minh-yen')).toBe(true)
  })

  it('is null when the article is public on neither side (a draft)', () => {
    expect(articleTarget(null, null)).toBeNull()
  })

  it('adds the document library and its filter choices for documents only', () => {
    expect(drops(target, '/van-ban')).toBe(false)
    expect(target?.documents).toBeUndefined()
    const doc = articleTarget(null, facts({ kind: 'document' }))
    expect(doc?.documents).toBe(true)
    expect(drops(doc, '/van-ban')).toBe(true)
    // a document that became a news story leaves the library
    expect(articleTarget(facts({ kind: 'document' }), facts())?.documents).toBe(true)
  })
})

describe('other collections', () => {
  it('schedule entries drop only the schedule and its calendar feeds', () => {
    const t = scheduleTarget()
    for (const path of ['/lich-cong-tac', '/lich-cong-tac.ics', '/lich-cong-tac/nguyen-van-a.ics'])
      expect(drops(t, path), path).toBe(true)
    for (const path of ['/', '/bai-viet/x', '/rss.xml']) expect(drops(t, path), path).toBe(false)
  })

  it('a photo drops the pages that show one of its files and both photographers’ pages', () => {
    const t = mediaTarget(
      { files: ['anh-hoi-nghi.jpg', 'anh-hoi-nghi-640x360.webp'], creditKey: 'thanh-le' },
      { files: ['anh-hoi-nghi.jpg', 'anh-hoi-nghi-640x360.webp'], creditKey: 'minh-yen' },
    )
    const page = html(
      '<img srcset="/api/media/file/anh-hoi-nghi-640x360.webp 640w, /api/media/file/x.webp 1200w">',
    )
    expect(drops(t, '/bai-viet/co-anh', page)).toBe(true)
    expect(drops(t, '/anh/thanh-le')).toBe(true)
    expect(drops(t, '/anh/minh-yen')).toBe(true)
    // The sitemaps list photographers: a new credit may add one, the old one may be gone.
    expect(drops(t, '/sitemap-anh-1.xml')).toBe(true)
    expect(drops(t, '/bai-viet/khong-anh', html('<img src="/api/media/file/khac.webp">'))).toBe(
      false,
    )
    expect(drops(t, '/')).toBe(false)
    const sameCredit = mediaTarget(
      { files: ['a.jpg'], creditKey: 'thanh-le' },
      { files: ['a.jpg'], creditKey: 'thanh-le' },
    )
    expect(drops(sameCredit, '/sitemap-anh-1.xml')).toBe(false)
  })

  it('a tag or author rename drops the pages linking to it, its page and the sitemaps', () => {
    const t = taxonomyTarget('tac-gia', 'minh-yen', 'minh-yen')
    expect(
      drops(
        t,
        '/bai-viet/x',
        html('<p class="article__byline"><a href="/tac-gia/minh-yen">Minh Yến</a></p>'),
      ),
    ).toBe(true)
    expect(drops(t, '/tac-gia/minh-yen')).toBe(true)
    expect(drops(t, '/sitemap-tac-gia-1.xml')).toBe(true)
    expect(drops(t, '/bai-viet/y', html('<a href="/tac-gia/nguoi-khac">x</a>'))).toBe(false)
    const renamed = taxonomyTarget('the', 'cu', 'moi')
    expect(drops(renamed, '/the/cu')).toBe(true)
    expect(drops(renamed, '/the/moi')).toBe(true)
  })

  it('an author without a page (named without a link) clears everything', () => {
    expect(taxonomyTarget('tac-gia', null, 'minh-yen')).toEqual(EVERYTHING)
    expect(taxonomyTarget('tac-gia', 'minh-yen', '')).toEqual(EVERYTHING)
  })
})

describe('combining and reading back targets', () => {
  it('merges as a union, and everything wins', () => {
    const merged = mergeTargets([scheduleTarget(), articleTarget(null, facts()), null])
    expect(drops(merged, '/lich-cong-tac')).toBe(true)
    expect(drops(merged, '/bai-viet/hoi-nghi-tong-ket')).toBe(true)
    expect(drops(merged, '/bai-viet/khac')).toBe(false)
    expect(mergeTargets([scheduleTarget(), EVERYTHING])).toEqual(EVERYTHING)
    expect(mergeTargets([null, undefined])).toBeNull()
  })

  it('reads a stored target back as it was written, and anything malformed as everything', () => {
    const t = articleTarget(null, facts({ kind: 'document' }))
    expect(parseTarget(JSON.parse(JSON.stringify(t)))).toEqual({ files: [], ...t })
    expect(parseTarget(null)).toEqual(EVERYTHING)
    expect(parseTarget({})).toEqual({ paths: [], prefixes: [], links: [], files: [], related: [] })
    expect(parseTarget({ paths: '/' })).toEqual(EVERYTHING)
    expect(parseTarget({ links: [1] })).toEqual(EVERYTHING)
    expect(parseTarget([])).toEqual(EVERYTHING)
  })

  it('everything drops every page', () => {
    expect(drops(EVERYTHING, '/trang-loi/404')).toBe(true)
  })
})

/** Every public URL of the portal is built here, so renaming a route is a one-line change. */
const seg = (value: string): string => encodeURIComponent(value)

export const urls = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${seg(slug)}`,
  print: (slug: string) => `/in/${seg(slug)}`,
  category: (slug: string, page = 1) =>
    `/chuyen-muc/${seg(slug)}${page > 1 ? `?trang=${page}` : ''}`,
  categoryFeed: (slug: string) => `/chuyen-muc/${seg(slug)}/rss.xml`,
  tag: (slug: string, page = 1) => `/the/${seg(slug)}${page > 1 ? `?trang=${page}` : ''}`,
  author: (slug: string, page = 1) => `/tac-gia/${seg(slug)}${page > 1 ? `?trang=${page}` : ''}`,
  credit: (slug: string, page = 1) => `/anh/${seg(slug)}${page > 1 ? `?trang=${page}` : ''}`,
  topic: (slug: string, page = 1) => `/chuyen-de/${seg(slug)}${page > 1 ? `?trang=${page}` : ''}`,
  documents: () => '/van-ban',
  questions: (page = 1) => `/hoi-dap${page > 1 ? `?trang=${page}` : ''}`,
  question: (id: string) => `/hoi-dap/${seg(id)}`,
  /** The work schedule: this week, or `2026-W48`; `print` for the print view. */
  schedule: (week?: string, print = false) => {
    const query = new URLSearchParams()
    if (week) query.set('tuan', week)
    if (print) query.set('in', '1')
    const qs = query.toString()
    return qs ? `/lich-cong-tac?${qs}` : '/lich-cong-tac'
  },
  scheduleFeed: () => '/lich-cong-tac.ics',
  leaderScheduleFeed: (slug: string) => `/lich-cong-tac/${seg(slug)}.ics`,
  search: (q?: string) => (q ? `/tim-kiem?q=${encodeURIComponent(q)}` : '/tim-kiem'),
  feed: () => '/rss.xml',
  sitemap: () => '/sitemap.xml',
  sitemapPage: (name: string) => `/sitemap-${name}.xml`,
  newsSitemap: () => '/sitemap-news.xml',
}

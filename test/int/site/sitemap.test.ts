import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pollUntil } from '../../helpers/poll'
import { startProductionServer } from '../../helpers/production-server'
import { pngBytes } from '../../helpers/staff'

/**
 * The sitemaps list every public page type of the portal, each page exactly while it is public
 * (never a pending question or a draft page), with the date it last changed where one is known.
 * Read over real HTTP from the production server, through its page cache, so a change must also
 * reach the cached sitemaps.
 */
interface Url {
  loc: string
  lastmod: string | null
}

// A page in both languages also names its alternates (`xhtml:link`) after the date.
const urlsOf = (xml: string): Url[] =>
  [
    ...xml.matchAll(
      /<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?(?:<xhtml:link [^>]*\/>)*<\/url>/g,
    ),
  ].map((m) => ({ loc: new URL(m[1]!).pathname, lastmod: m[2] ?? null }))

describe('sitemaps', () => {
  let server: Awaited<ReturnType<typeof startProductionServer>>
  const text = async (path: string) => {
    const res = await fetch(server.url + path)
    expect(res.status, path).toBe(200)
    return res.text()
  }
  /** Every URL of every sitemap page the index names. */
  const everything = async (): Promise<Url[]> => {
    const index = await text('/sitemap.xml')
    const pages = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    const all: Url[] = []
    for (const page of pages) all.push(...urlsOf(await text(page)))
    return all
  }
  const byLoc = (all: Url[], loc: string) => all.find((u) => u.loc === loc)

  beforeAll(async () => {
    server = await startProductionServer({}, true)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('lists every public page type, with lastmod where the content has a date', async () => {
    const all = await everything()
    const locs = all.map((u) => u.loc)
    for (const prefix of [
      '/bai-viet/',
      '/chuyen-muc/',
      '/the/',
      '/tac-gia/',
      '/chuyen-de/',
      '/gioi-thieu/',
      '/hoi-dap/',
      '/anh/',
    ])
      expect(
        locs.some((l) => l.startsWith(prefix)),
        prefix,
      ).toBe(true)
    for (const loc of ['/', '/van-ban', '/hoi-dap', '/lich-cong-tac', '/gioi-thieu'])
      expect(locs, loc).toContain(loc)
    expect(new Set(locs).size, 'no URL twice').toBe(locs.length)
    for (const loc of ['/', '/hoi-dap', '/lich-cong-tac', '/gioi-thieu'])
      expect(byLoc(all, loc)?.lastmod, loc).toMatch(/^\d{4}-\d\d-\d\dT/)
    for (const u of all.filter((x) =>
      /^\/(bai-viet|hoi-dap|gioi-thieu|chuyen-de|tac-gia|anh)\//.test(x.loc),
    ))
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('lists a photographer’s and an author’s page only once they have published work', async () => {
    const payload = server.payload
    const suffix = Date.now().toString(36)
    const data = await pngBytes('#336699')
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử sơ đồ', credit: `Phóng Viên Sơ Đồ ${suffix}` },
      file: { data, mimetype: 'image/png', name: `so-do-${suffix}.png`, size: data.length },
      overrideAccess: true,
    })
    const author = await payload.create({
      collection: 'authors',
      data: { name: `Tác Giả Sơ Đồ ${suffix}` },
      overrideAccess: true,
    })
    const creditLoc = `/anh/phong-vien-so-do-${suffix}`
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `Bài nháp có ảnh ${suffix}`,
        kind: 'news',
        coverImage: photo.id,
        authors: [author.id],
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
    expect(article.photoCredits).toContain(`phong-vien-so-do-${suffix}`)
    const authorLoc = (slug: string | null | undefined) => `/tac-gia/${slug ?? ''}`
    const authorSlug = (
      await payload.findByID({ collection: 'authors', id: author.id, overrideAccess: true })
    ).slug
    let all = await everything()
    expect(byLoc(all, creditLoc), 'a draft’s photographer').toBeUndefined()
    expect(byLoc(all, authorLoc(authorSlug)), 'a draft’s author').toBeUndefined()

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const published = await payload.findByID({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
    })
    all = await pollUntil(async () => {
      const now = await everything()
      return byLoc(now, creditLoc) ? now : null
    })
    // Dated by the article, the newest change of their published work.
    expect(byLoc(all, creditLoc)?.lastmod).toBe(new Date(published.updatedAt).toISOString())
    // An author's page is dated by their newest article, or their own record if edited later.
    const authorDate = byLoc(all, authorLoc(authorSlug))?.lastmod ?? ''
    expect(Date.parse(authorDate)).toBeGreaterThanOrEqual(Date.parse(published.updatedAt))
    const index = await text('/sitemap.xml')
    expect(index).toContain('/sitemap-anh-1.xml')

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    await pollUntil(async () => !byLoc(await everything(), creditLoc))
  })

  it('lists a question only while it is published, and never a draft page', async () => {
    const payload = server.payload
    const { docs: questions } = await payload.find({
      collection: 'questions',
      limit: 100,
      overrideAccess: true,
    })
    const pending = questions.filter((q) => q.status !== 'published')
    expect(pending.length).toBeGreaterThan(0)
    const published = questions.find((q) => q.status === 'published')!
    const draft = await payload.create({
      collection: 'pages',
      data: { title: 'Trang nháp chưa công bố', slug: 'trang-nhap-so-do', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    let all = await everything()
    for (const q of pending) expect(byLoc(all, `/hoi-dap/${q.id}`), q.id).toBeUndefined()
    expect(byLoc(all, `/hoi-dap/${published.id}`)).toBeDefined()
    expect(all.some((u) => u.loc.endsWith('/trang-nhap-so-do'))).toBe(false)

    // Answering a pending question publishes it: it enters the (cached) sitemap; withdrawing
    // it takes it out again.
    const asked = pending[0]!
    await payload.update({
      collection: 'questions',
      id: asked.id,
      data: { status: 'published', answer: 'Có, tại mục Văn bản.', answeredBy: 'Văn phòng' },
      overrideAccess: true,
    })
    all = await pollUntil(async () => {
      const now = await everything()
      return byLoc(now, `/hoi-dap/${asked.id}`) ? now : null
    })
    expect(byLoc(all, `/hoi-dap/${asked.id}`)?.lastmod).toMatch(/^\d{4}-/)
    await payload.update({
      collection: 'questions',
      id: asked.id,
      data: { status: 'rejected' },
      overrideAccess: true,
    })
    await pollUntil(async () => !byLoc(await everything(), `/hoi-dap/${asked.id}`))
    await payload.delete({ collection: 'pages', id: draft.id, overrideAccess: true })
  })
})

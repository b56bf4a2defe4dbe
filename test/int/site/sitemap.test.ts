import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pollUntil } from '../../helpers/poll'
import { startProductionServer } from '../../helpers/production-server'

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
    for (const u of all.filter((x) => /^\/(bai-viet|hoi-dap|gioi-thieu|chuyen-de)\//.test(x.loc)))
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d\d-\d\dT/)
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

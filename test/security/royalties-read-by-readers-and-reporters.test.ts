/**
 * Attack: an anonymous reader or a reporter tries to learn who is paid what (nhuận bút) through
 * every door: REST reads (list, by id, select, depth, draft, versions), a `where` on the hidden
 * fields used as an oracle, GraphQL, the royalty settings global, the report endpoint, the
 * admin's report view, the public article page, the print page, feeds and search. Only editors,
 * approvers and admins may see royalty data (DESIGN.md: staff-only data never reaches a public
 * API, page, feed or the search index). Runs against the production server over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Author } from '@/payload-types'

import { jsonCall } from '../helpers/http'
import { pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
const staff = {} as Record<'reporter' | 'editor' | 'approver' | 'admin', Staff>
/** Text that appears only in royalty data: it must never come back to a reader or reporter. */
const NOTE = `nhuanbutbimat${Date.now().toString(36)}`
const PAYEE = `Người Hưởng ${NOTE}`
const AMOUNT = 7_654_321
let published: Article
let reporterDraft: Article
let payee: Author

const reads = (id: string) => [
  `/api/articles?depth=2&limit=50`,
  `/api/articles/${id}?depth=2`,
  `/api/articles/${id}?depth=0&select[royalties]=true&select[title]=true`,
  `/api/articles/${id}?draft=true&depth=2`,
  `/api/articles/versions?depth=2&limit=50`,
  `/api/articles?where[slug][equals]=${published.slug}&depth=2`,
]

const leaks = (text: string) =>
  text.includes(NOTE) || text.includes(String(AMOUNT)) || text.includes('"royalties"')

const page = async (route: string, token?: string) => {
  const res = await fetch(`${server.url}${route}`, {
    headers: token ? { cookie: `payload-token=${token}` } : {},
  })
  return { status: res.status, text: await res.text() }
}

beforeAll(async () => {
  server = await startProductionServer()
  const { payload } = server
  for (const role of ['reporter', 'editor', 'approver', 'admin'] as const)
    staff[role] = await staffMember(payload, server.url, role)
  const byline = await payload.create({
    collection: 'authors',
    data: { name: 'Phóng Viên Công Khai', unit: 'Ban Tuyên giáo' },
    overrideAccess: true,
  })
  payee = await payload.create({
    collection: 'authors',
    data: { name: PAYEE, unit: `Đơn vị ${NOTE}` },
    overrideAccess: true,
  })
  const lines = [
    { person: byline.id, role: 'writing' as const, points: 10, note: NOTE },
    { person: payee.id, role: 'photo' as const, amount: AMOUNT, note: NOTE },
  ]
  published = await payload.create({
    collection: 'articles',
    data: {
      title: 'Hội nghị công khai về nhuận bút',
      kind: 'news',
      authors: [byline.id],
      royalties: lines,
      _status: 'published',
    },
    overrideAccess: true,
  })
  reporterDraft = await payload.create({
    collection: 'articles',
    data: {
      title: 'Bản nháp của phóng viên',
      kind: 'news',
      createdBy: staff.reporter.id,
      royalties: lines,
    },
    draft: true,
    overrideAccess: true,
  })
  // A second version of the published piece, so the versions list has royalty lines to leak.
  await payload.update({
    collection: 'articles',
    id: published.id,
    data: { royalties: [...lines, { person: payee.id, role: 'editing', amount: AMOUNT }] },
    draft: true,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await server?.close()
})

describe('royalty lines on articles', () => {
  it('never reach an anonymous reader over REST', async () => {
    for (const route of reads(published.id)) {
      const res = await jsonCall(server.url, undefined, 'GET', route)
      expect(leaks(JSON.stringify(res.json)), route).toBe(false)
    }
  })

  it('never reach a reporter over REST, not even on their own draft and its versions', async () => {
    const own = [
      `/api/articles/${reporterDraft.id}?draft=true&depth=2`,
      `/api/articles/versions?where[parent][equals]=${reporterDraft.id}&depth=2`,
    ]
    for (const route of [...reads(published.id), ...own]) {
      const res = await jsonCall(server.url, staff.reporter.token, 'GET', route)
      expect(res.status, route).toBeLessThan(500)
      expect(leaks(JSON.stringify(res.json)), route).toBe(false)
    }
  })

  it('cannot be probed with a where on the hidden fields', async () => {
    for (const who of [undefined, staff.reporter.token]) {
      for (const where of [
        `where[royalties.note][equals]=${NOTE}`,
        `where[royalties.amount][equals]=${AMOUNT}`,
        `where[royalties.person][equals]=${payee.id}`,
      ]) {
        const res = await jsonCall(server.url, who, 'GET', `/api/articles?${where}&depth=0`)
        const docs = (res.json.docs as unknown[] | undefined) ?? []
        expect(docs, where).toEqual([])
      }
    }
  })

  it('are visible to editors, approvers and admins (the control)', async () => {
    for (const role of ['editor', 'approver', 'admin'] as const) {
      const res = await jsonCall(
        server.url,
        staff[role].token,
        'GET',
        `/api/articles/${published.id}?depth=0`,
      )
      expect(JSON.stringify(res.json), role).toContain(NOTE)
    }
  })

  it('never reach an anonymous reader or a reporter over GraphQL', async () => {
    const query = `{ Articles(limit: 50, draft: true) { docs { id title royalties { note amount person { name unit } } } }
      Article(id: "${published.id}", draft: true) { royalties { note amount } } }`
    for (const who of [undefined, staff.reporter]) {
      const res = await graphql(server.url, who, query)
      expect(JSON.stringify(res.data ?? {})).not.toContain(NOTE)
      expect(JSON.stringify(res.data ?? {})).not.toContain(String(AMOUNT))
    }
    const editor = await graphql(server.url, staff.editor, query)
    expect(JSON.stringify(editor.data)).toContain(NOTE)
  })

  it('cannot be written by a reporter on their own draft', async () => {
    const res = await jsonCall(
      server.url,
      staff.reporter.token,
      'PATCH',
      `/api/articles/${reporterDraft.id}?draft=true`,
      { royalties: [{ person: payee.id, role: 'writing', amount: 1 }], fillRoyalties: true },
    )
    expect(res.status).toBe(200)
    const stored = await server.payload.findByID({
      collection: 'articles',
      id: reporterDraft.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.royalties?.map((l) => l.amount)).toEqual([null, AMOUNT])
  })
})

describe('the royalty table and the report', () => {
  it('refuse anonymous readers and reporters', async () => {
    for (const who of [undefined, staff.reporter.token]) {
      const global = await jsonCall(server.url, who, 'GET', '/api/globals/royalty-settings')
      expect(global.status).toBe(403)
      expect(JSON.stringify(global.json)).not.toContain('pointValue')
      const report = await jsonCall(server.url, who, 'GET', '/api/royalties/report')
      expect([401, 403]).toContain(report.status)
      expect(JSON.stringify(report.json)).not.toContain(NOTE)
      const csv = await fetch(`${server.url}/api/royalties/report?format=csv`, {
        headers: who ? { authorization: `JWT ${who}` } : {},
      })
      expect([401, 403]).toContain(csv.status)
    }
    const gql = await graphql(server.url, staff.reporter, '{ RoyaltySetting { pointValue } }')
    expect(gql.data?.RoyaltySetting ?? null).toBeNull()
  })

  it('admin view shows a refusal and no figures to a reporter, the report to an editor', async () => {
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
    const reporter = await page(`/admin/nhuan-but?thang=${month}`, staff.reporter.token)
    expect(reporter.text).not.toContain(NOTE)
    expect(reporter.text).toContain('Chỉ biên tập viên, lãnh đạo duyệt bài và quản trị viên')
    const editor = await page(`/admin/nhuan-but?thang=${month}`, staff.editor.token)
    expect(editor.status).toBe(200)
    expect(editor.text).toContain(PAYEE)
  })
})

describe('public pages, feeds and search', () => {
  it('show the article without any royalty data', async () => {
    const routes = [
      `/bai-viet/${published.slug}`,
      `/in/${published.slug}`,
      '/rss.xml',
      '/',
      '/sitemap.xml',
    ]
    for (const route of routes)
      for (const token of [undefined, staff.reporter.token]) {
        const res = await page(route, token)
        expect(res.status, route).toBe(200)
        expect(res.text.includes(NOTE) || res.text.includes(String(AMOUNT)), route).toBe(false)
      }
    const article = await page(`/bai-viet/${published.slug}`)
    expect(article.text).toContain('Hội nghị công khai về nhuận bút')
  })

  it('index the article without its royalty lines', async () => {
    await pollUntil(
      async () => {
        const res = await jsonCall(
          server.url,
          undefined,
          'GET',
          '/api/search?q=nhuận+bút+công+khai',
        )
        return ((res.json.hits as unknown[] | undefined) ?? []).length > 0
      },
      60_000,
      'the article in the search index',
    )
    const byNote = await jsonCall(server.url, undefined, 'GET', `/api/search?q=${NOTE}`)
    expect(byNote.json.total).toBe(0)
    const byPayee = await jsonCall(
      server.url,
      undefined,
      'GET',
      `/api/search?q=${encodeURIComponent(PAYEE)}`,
    )
    // The answer echoes the query: only the hits must not carry the royalty data.
    expect(byPayee.json.total).toBe(0)
    expect(JSON.stringify(byPayee.json.hits ?? [])).not.toContain(NOTE)
  })
})

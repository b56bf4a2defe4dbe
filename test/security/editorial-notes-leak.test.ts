/**
 * Attack: read the newsroom's internal notes (ghi chú biên tập) on a published article without
 * signing in, through the notes API, the article's `editorialNotes` join (REST and GraphQL),
 * the article page, the feeds or search; or, as a reporter, read or add notes on someone
 * else's piece. Notes are staff-only everywhere (issue 11 §2, DESIGN.md security principles).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonCall } from '../helpers/http'
import { pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let editor: Staff
let reporter: Staff
let otherReporter: Staff
const SECRET = `ghichumat${Date.now().toString(36)}`
const NOTE = `Nguồn tin ${SECRET} chưa được xác minh, đừng nêu tên`
const TITLE = 'Hội nghị tổng kết công tác xây dựng Đảng năm 2026'
let articleId: string
let slug: string
let noteId: string

beforeAll(async () => {
  server = await startProductionServer({ JOBS_CRON: '* * * * * *' })
  editor = await staffMember(server.payload, server.url, 'editor', '-notes')
  reporter = await staffMember(server.payload, server.url, 'reporter', '-notes')
  otherReporter = await staffMember(server.payload, server.url, 'reporter', '-notes-2')
  const article = await server.payload.create({
    collection: 'articles',
    data: { title: TITLE, sapo: 'Tóm tắt công khai', kind: 'news', _status: 'published' },
    overrideAccess: true,
  })
  articleId = String(article.id)
  slug = String(article.slug)
  const res = await jsonCall(server.url, editor.token, 'POST', '/api/editorial-notes', {
    article: articleId,
    text: NOTE,
  })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  noteId = String((res.json.doc as { id: string }).id)
  // Search must have caught up with the article before it can be shown not to hold the note.
  await pollUntil(
    async () => {
      const found = await jsonCall(
        server.url,
        undefined,
        'GET',
        `/api/search?q=${encodeURIComponent('tổng kết công tác xây dựng')}`,
      )
      return JSON.stringify(found.json).includes(articleId)
    },
    60_000,
    'the article in the search index',
  )
})

afterAll(async () => {
  await server?.close()
})

describe('internal notes never reach the public', () => {
  it('the notes API refuses anonymous callers (list, by id, count)', async () => {
    const list = await jsonCall(server.url, undefined, 'GET', '/api/editorial-notes?limit=100')
    expect([401, 403]).toContain(list.status)
    expect(JSON.stringify(list.json)).not.toContain(SECRET)
    const one = await jsonCall(server.url, undefined, 'GET', `/api/editorial-notes/${noteId}`)
    expect([401, 403, 404]).toContain(one.status)
    expect(JSON.stringify(one.json)).not.toContain(SECRET)
    const count = await jsonCall(server.url, undefined, 'GET', '/api/editorial-notes/count')
    expect([401, 403]).toContain(count.status)
  })

  it('the article over REST carries no notes, whatever join or depth is asked for', async () => {
    for (const path of [
      `/api/articles/${articleId}?depth=2`,
      `/api/articles?where[id][equals]=${articleId}&depth=2&joins[editorialNotes][limit]=10`,
      `/api/articles/${articleId}?joins[editorialNotes][where][text][like]=${SECRET}`,
      `/api/articles?where[editorialNotes.text][like]=${SECRET}`,
    ]) {
      const res = await jsonCall(server.url, undefined, 'GET', path)
      expect(JSON.stringify(res.json), path).not.toContain(SECRET)
      // A filter on the notes is refused (400, naming the path it was sent); a read has no join.
      if (res.status === 200) expect(JSON.stringify(res.json), path).not.toContain('editorialNotes')
      else expect(res.status, path).toBe(400)
    }
    // The editor does see the thread in the article.
    const staff = await jsonCall(server.url, editor.token, 'GET', `/api/articles/${articleId}`)
    expect(JSON.stringify(staff.json)).toContain(SECRET)
  })

  it('GraphQL refuses the notes and gives no join on the article', async () => {
    const direct = await graphql(
      server.url,
      undefined,
      `
        {
          EditorialNotes {
            docs {
              text
            }
          }
        }
      `,
    )
    expect(JSON.stringify(direct.data ?? {})).not.toContain(SECRET)
    expect(direct.errors.length).toBeGreaterThan(0)
    const joined = await graphql(
      server.url,
      undefined,
      `{ Article(id: "${articleId}") { title editorialNotes { docs { text } } } }`,
    )
    expect(JSON.stringify(joined)).not.toContain(SECRET)
    const plain = await graphql(server.url, undefined, `{ Article(id: "${articleId}") { title } }`)
    expect((plain.data?.Article as { title?: string } | null)?.title).toBe(TITLE)
  })

  it('the article page, print page, feeds and search hold no note', async () => {
    for (const path of [`/bai-viet/${slug}`, `/in/${slug}`, '/rss.xml', '/sitemap-news.xml']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(200)
      const html = await res.text()
      if (path.startsWith('/bai-viet')) expect(html).toContain(TITLE)
      expect(html, path).not.toContain(SECRET)
    }
    const api = await jsonCall(server.url, undefined, 'GET', `/api/search?q=${SECRET}`)
    expect(api.status).toBe(200)
    expect((api.json as { total?: number }).total).toBe(0)
    const byTitle = await jsonCall(
      server.url,
      undefined,
      'GET',
      `/api/search?q=${encodeURIComponent('tổng kết công tác')}`,
    )
    expect(JSON.stringify(byTitle.json)).toContain(articleId)
    expect(JSON.stringify(byTitle.json)).not.toContain(SECRET)
    const page = await fetch(`${server.url}/tim-kiem?q=${SECRET}`)
    expect(await page.text()).not.toContain(NOTE)
  })
})

describe('reporters and notes on pieces not their own', () => {
  it('cannot read them, nor add one to a piece they cannot read', async () => {
    const list = await jsonCall(server.url, otherReporter.token, 'GET', '/api/editorial-notes')
    expect(JSON.stringify(list.json)).not.toContain(SECRET)
    const draft = await server.payload.create({
      collection: 'articles',
      data: {
        title: 'Bản nháp của phóng viên khác',
        kind: 'news',
        _status: 'draft',
        createdBy: otherReporter.id,
      },
      draft: true,
      overrideAccess: true,
    })
    const res = await jsonCall(server.url, reporter.token, 'POST', '/api/editorial-notes', {
      article: draft.id,
      text: 'Thử ghi chú lên bài người khác',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('Không tìm thấy bài viết để ghi chú')
    // On their own piece they may, and the note is theirs whatever author they claim.
    const own = await server.payload.create({
      collection: 'articles',
      data: { title: 'Bài của tôi', kind: 'news', _status: 'draft', createdBy: reporter.id },
      draft: true,
      overrideAccess: true,
    })
    const mine = await jsonCall(server.url, reporter.token, 'POST', '/api/editorial-notes', {
      article: own.id,
      text: 'Em đã bổ sung ảnh',
      author: editor.id,
    })
    expect(mine.status).toBe(201)
    const author = (mine.json.doc as { author?: unknown }).author
    expect(typeof author === 'object' && author ? (author as { id: string }).id : author).toBe(
      reporter.id,
    )
  })
})

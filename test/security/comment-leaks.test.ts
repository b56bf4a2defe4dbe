import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { commentFields, formToken, postForm, publishedArticle } from '../helpers/feedback'
import { jsonCall, loginToken } from '../helpers/http'
import { firstRequestAfter, pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

/**
 * Readers' comments and questions on the production server over real HTTP: nothing a reader
 * wrote is public before an editor approves it (REST, GraphQL, pages, feeds, search), the
 * contact and the address hash never are, approved text is escaped, approval shows on the page
 * at once, reporters cannot moderate, and answered questions are found by the site search.
 */
type Running = Awaited<
  ReturnType<typeof import('../helpers/production-server').startProductionServer>
>
let server: Running
let payload: Payload
let article: Article
const tokens: Record<'editor' | 'reporter', string> = { editor: '', reporter: '' }
const suffix = `-cl${Date.now().toString(36)}`
const CONTACT = `bimat${Date.now().toString(36)}@vidu.vn`

const get = async (path: string, token?: string) => {
  const res = await fetch(`${server.url}${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  return { status: res.status, body: await res.text() }
}

const gql = async (query: string, token?: string) =>
  jsonCall(server.url, token, 'POST', '/api/graphql', { query })

/** Every public surface: the article, home, feeds, sitemap, search page and API, /hoi-dap. */
async function publicText(marker: string): Promise<string> {
  const paths = [
    `/bai-viet/${article.slug}`,
    `/bai-viet/${article.slug}?da-gui=1`,
    '/',
    '/rss.xml',
    '/sitemap.xml',
    '/hoi-dap',
    `/tim-kiem?q=${encodeURIComponent(marker)}`,
    `/api/search?q=${encodeURIComponent(marker)}`,
  ]
  return (await Promise.all(paths.map(async (p) => (await get(p)).body))).join('\n')
}

/** What the API gives `token` (undefined: anonymous) about `collection`, by list, id and GraphQL. */
async function apiText(collection: 'comments' | 'questions', id: string, token?: string) {
  const gqlName = collection === 'comments' ? 'Comments' : 'Questions'
  const gqlField = collection === 'comments' ? 'text' : 'question'
  const parts = await Promise.all([
    get(`/api/${collection}?depth=0`, token),
    get(`/api/${collection}/${id}`, token),
    get(`/api/${collection}/count`, token),
    gql(`{ ${gqlName} { docs { id ${gqlField} name } } }`, token).then((r) => ({
      status: r.status,
      body: JSON.stringify(r.json),
    })),
  ])
  return parts.map((p) => p.body).join('\n')
}

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_FEEDBACK: '1000',
    RATE_LIMIT_PAGES: '100000',
    RATE_LIMIT_SEARCH: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  article = await publishedArticle(payload, `Bài có ý kiến ${suffix}`)
  for (const role of ['editor', 'reporter'] as const) {
    const user = await createUser(payload, role, suffix)
    tokens[role] = await loginToken(server.url, user.email, passwordFor(role))
  }
})

afterAll(async () => {
  await server?.close()
})

describe('comments before and after approval', () => {
  let commentId = ''
  const marker = `ykienchoduyet${Date.now().toString(36)}`
  // The search page repeats the query (the marker), never the comment's text.
  const TEXT = `Ý kiến ${marker} về bài viết.`

  it('accepts a comment with 303 back to the article and the pending notice', async () => {
    const fields = await commentFields(server.url, article, TEXT, {
      'lien-he': CONTACT,
    })
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(303)
    expect(res.location).toBe(`/bai-viet/${article.slug}?da-gui=1#y-kien`)
    const back = await get(res.location!.replace('#y-kien', ''))
    expect(back.body).toContain('Ý kiến của bạn đã được gửi và đang chờ duyệt')
    const { docs } = await payload.find({
      collection: 'comments',
      where: { text: { contains: marker } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ status: 'pending', contact: CONTACT, article: article.id })
    expect(docs[0]?.ipHash).toMatch(/^[A-Za-z0-9_-]{16}$/)
    commentId = docs[0]!.id
  })

  it('shows a pending comment nowhere: pages, feeds, search, REST, GraphQL', async () => {
    const pub = await publicText(marker)
    expect(pub).not.toContain(TEXT)
    expect(pub).not.toContain(CONTACT)
    for (const token of [undefined, tokens.reporter]) {
      const api = await apiText('comments', commentId, token)
      expect(api).not.toContain(marker)
      expect(api).not.toContain(CONTACT)
    }
  })

  it('lets no reporter moderate, and editors do', async () => {
    const refused = await jsonCall(
      server.url,
      tokens.reporter,
      'PATCH',
      `/api/comments/${commentId}`,
      {
        status: 'approved',
      },
    )
    expect(refused.status).toBe(403)
    const anonymous = await jsonCall(server.url, undefined, 'PATCH', `/api/comments/${commentId}`, {
      status: 'approved',
    })
    expect(anonymous.status).toBe(403)
    const created = await jsonCall(server.url, undefined, 'POST', '/api/comments', {
      article: article.id,
      name: 'Giả mạo',
      contact: 'a@b.vn',
      text: `Tự duyệt ${marker}`,
      status: 'approved',
    })
    expect(created.status).toBe(403)
    const stored = await payload.findByID({
      collection: 'comments',
      id: commentId,
      overrideAccess: true,
    })
    expect(stored.status).toBe('pending')
  })

  it('shows an approved comment under the article at once, without contact or address', async () => {
    // The article page is in the page cache, without the comment, when the editor approves it.
    const page = `/bai-viet/${article.slug}`
    const cached = await pollUntil(
      async () => {
        const r = await fetch(`${server.url}${page}`)
        const body = await r.text()
        return r.headers.get('x-page-cache') === 'HIT' && body
      },
      30_000,
      'the article page cached before the approval',
    )
    expect(cached).not.toContain(marker)
    const approved = Date.now()
    const res = await jsonCall(server.url, tokens.editor, 'PATCH', `/api/comments/${commentId}`, {
      status: 'approved',
    })
    expect(res.status).toBe(200)
    // "Within 2 s" is kept by invalidation before the save answers: the first request shows it.
    const first = await firstRequestAfter(
      'approved comment on the cached article page',
      approved,
      () => get(page),
    )
    expect(first.body).toContain(marker)
    const stored = await payload.findByID({
      collection: 'comments',
      id: commentId,
      overrideAccess: true,
    })
    expect(stored.moderatedBy).toBeTruthy()
    const pub = await publicText(marker)
    expect(pub).not.toContain(CONTACT)
    expect(pub).not.toContain(stored.ipHash!)
    // Approved or not, comments stay closed to anonymous and reporters' API reads.
    for (const token of [undefined, tokens.reporter])
      expect(await apiText('comments', commentId, token)).not.toContain(CONTACT)
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'moderation' } }, { documentId: { equals: commentId } }] },
      overrideAccess: true,
    })
    expect(audit.docs[0]?.summary).toContain('pending → approved')
  })

  it('escapes markup in an approved comment', async () => {
    const xss = `<script>alert('xss${suffix}')</script><img src=x onerror="alert(1)"> ${marker}x`
    const res = await postForm(
      server.url,
      '/gui-y-kien',
      await commentFields(server.url, article, xss),
    )
    expect(res.status).toBe(303)
    const { docs } = await payload.find({
      collection: 'comments',
      where: { text: { contains: `${marker}x` } },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'comments',
      id: docs[0]!.id,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    const page = await pollUntil(async () => {
      const body = (await get(`/bai-viet/${article.slug}`)).body
      return body.includes(`${marker}x`) && body
    })
    expect(page).not.toContain(`<script>alert('xss${suffix}')`)
    expect(page).not.toContain('<img src=x onerror')
    expect(page).toContain('&lt;script&gt;')
  })
})

describe('questions to the body', () => {
  const marker = `cauhoibimat${Date.now().toString(36)}`
  const QUESTION = `Xin hỏi thủ tục chuyển sinh hoạt đảng ${marker} như thế nào?`
  let questionId = ''

  it('stores a question as pending and shows it nowhere', async () => {
    const ma = await formToken(server.url, '/hoi-dap')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const res = await postForm(server.url, '/gui-cau-hoi', {
      ma,
      website: '',
      'ho-ten': 'Lê Văn Cường',
      'lien-he': CONTACT,
      'linh-vuc': 'Công tác đảng viên',
      'noi-dung': QUESTION,
    })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/hoi-dap?da-gui=1#dat-cau-hoi')
    const { docs } = await payload.find({
      collection: 'questions',
      where: { question: { contains: marker } },
      overrideAccess: true,
    })
    expect(docs[0]?.status).toBe('pending')
    questionId = docs[0]!.id
    const pub = await publicText(marker)
    expect(pub).not.toContain(QUESTION)
    expect(pub).not.toContain(CONTACT)
    expect((await get(`/hoi-dap/${questionId}`)).status).toBe(404)
    for (const token of [undefined, tokens.reporter])
      expect(await apiText('questions', questionId, token)).not.toContain(marker)
  })

  it('refuses to publish without an official answer', async () => {
    const res = await jsonCall(server.url, tokens.editor, 'PATCH', `/api/questions/${questionId}`, {
      status: 'published',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('câu trả lời chính thức')
  })

  it('lists, pages and searches an answered question, never with the contact', async () => {
    const answer = `Văn phòng hướng dẫn thủ tục ${marker}trl theo Hướng dẫn 12-HD/BTCTW.`
    const answered = Date.now()
    const res = await jsonCall(server.url, tokens.editor, 'PATCH', `/api/questions/${questionId}`, {
      status: 'published',
      answer,
      answeredBy: 'Ban Tổ chức Đảng ủy Khối',
    })
    expect(res.status).toBe(200)
    const listed = await firstRequestAfter('answered question on /hoi-dap', answered, () =>
      get('/hoi-dap'),
    )
    expect(listed.body).toContain(`${marker}trl`)
    const own = await get(`/hoi-dap/${questionId}`)
    expect(own.status).toBe(200)
    expect(own.body).toContain('Ban Tổ chức Đảng ủy Khối')
    expect(own.body).not.toContain(CONTACT)
    const hit = await pollUntil(
      async () => {
        const r = await jsonCall(server.url, undefined, 'GET', `/api/search?q=${marker}`)
        const hits = (r.json.hits as Array<{ id: string; kind: string }> | undefined) ?? []
        return hits.find((h) => h.id === questionId)
      },
      60_000,
      'the answered question in the search index',
    )
    expect(hit.kind).toBe('question')
    const page = await get(`/tim-kiem?q=${marker}`)
    expect(page.body).toContain(`/hoi-dap/${questionId}`)
    expect(page.body).not.toContain(CONTACT)
    expect(JSON.stringify(hit)).not.toContain(CONTACT)
  })

  it('takes a withdrawn question off the page and out of the search', async () => {
    await jsonCall(server.url, tokens.editor, 'PATCH', `/api/questions/${questionId}`, {
      status: 'rejected',
    })
    await pollUntil(
      async () => {
        const r = await jsonCall(server.url, undefined, 'GET', `/api/search?q=${marker}`)
        return ((r.json.hits as unknown[] | undefined) ?? []).length === 0
      },
      60_000,
      'the withdrawn question out of the index',
    )
    expect((await get(`/hoi-dap/${questionId}`)).status).toBe(404)
    expect((await get('/hoi-dap')).body).not.toContain(marker)
  })
})

// Attack: a reader (or a stolen staff account editing a comment) hides bidirectional overrides
// and other invisible formatting characters in a name or a text. U+202E (RIGHT-TO-LEFT
// OVERRIDE) shows "moc.elpmaxe-gnaht-hcit" as a harmless-looking reversed string to moderators
// while the stored text is something else, a name can be made to read as another person's, and
// zero-width characters split words past the banned-words list. Every write path must store the
// text without them (the form route, and staff edits over REST and GraphQL; staff cannot create
// readers' posts over the API at all), while Vietnamese text and emoji stay as they were.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { commentFields, formToken, postForm, publishedArticle } from '../helpers/feedback'
import { jsonCall, loginToken } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
let article: Article
let editorToken: string
const suffix = Date.now().toString(36)

/** Every character the fix must take out of Vietnamese reader text. */
const ABUSIVE =
  /[\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f\u200b\u2060\ufeff\u00ad\u180e\u2061-\u2064\u206a-\u206f]/u
const RLO = '\u202e'
const PDF = '\u202c'
const LRI = '\u2066'
const PDI = '\u2069'
const ZWSP = '\u200b'
const RLM = '\u200f'
// A family emoji is three emoji joined by ZERO WIDTH JOINER: legitimate, must survive.
const FAMILY = '👨\u200d👩\u200d👧'

const commentByMarker = async (marker: string) =>
  (
    await payload.find({
      collection: 'comments',
      where: { text: { contains: marker } },
      overrideAccess: true,
    })
  ).docs[0]

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_FEEDBACK: '50',
    RATE_LIMIT_PAGES: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  article = await publishedArticle(payload, `Bài thử ký tự điều khiển ${suffix}`)
  const editor = await createUser(payload, 'editor', `-bidi${suffix}`)
  editorToken = await loginToken(server.url, editor.email, passwordFor('editor'))
})

afterAll(async () => {
  await server?.close()
})

describe('invisible formatting characters in readers’ text', () => {
  it('are taken out of a comment posted through the form, Vietnamese and emoji kept', async () => {
    const marker = `bidiform${suffix}`
    const text = `Xem ${RLO}nv.hnat-gnac${PDF} ngay ${marker} ${LRI}đồng chí${PDI} ${ZWSP}x${ZWSP}in ${RLM}chào ${FAMILY}`
    const fields = await commentFields(server.url, article, text, {
      'ho-ten': `Nguyễn Văn ${RLO}hnaB${PDF}`,
    })
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(303)
    const stored = await commentByMarker(marker)
    expect(stored).toBeDefined()
    expect(stored!.text).not.toMatch(ABUSIVE)
    expect(stored!.name).not.toMatch(ABUSIVE)
    expect(stored!.name).toBe('Nguyễn Văn hnaB')
    expect(stored!.text).toBe(`Xem nv.hnat-gnac ngay ${marker} đồng chí xin chào ${FAMILY}`)
  })

  it('are taken out of a question posted through the form', async () => {
    const marker = `bidiq${suffix}`
    const ma = await formToken(server.url, '/hoi-dap')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const res = await postForm(server.url, '/gui-cau-hoi', {
      ma,
      'ho-ten': `${RLO}Trần Thị Bình${PDF}`,
      'lien-he': 'binh@vidu.vn',
      'noi-dung': `Xin hỏi thủ tục kết nạp Đảng ${RLO}${marker}${PDF} như thế nào?`,
      'linh-vuc': `Tổ chức ${LRI}xây dựng Đảng${PDI}`,
      website: '',
    })
    expect(res.status).toBe(303)
    const { docs } = await payload.find({
      collection: 'questions',
      where: { question: { contains: marker } },
      overrideAccess: true,
    })
    expect(docs[0]).toBeDefined()
    expect(docs[0]!.question).toBe(`Xin hỏi thủ tục kết nạp Đảng ${marker} như thế nào?`)
    expect(docs[0]!.name).toBe('Trần Thị Bình')
    expect(docs[0]!.topic).toBe('Tổ chức xây dựng Đảng')
  })

  it('are taken out when staff edit a comment or a question over REST and GraphQL', async () => {
    const comment = await payload.create({
      collection: 'comments',
      data: {
        article: article.id,
        name: 'Bạn đọc',
        contact: 'a@vidu.vn',
        text: `Ý kiến gốc ${suffix}`,
        status: 'pending',
      },
      overrideAccess: true,
    })
    const rest = await jsonCall(server.url, editorToken, 'PATCH', `/api/comments/${comment.id}`, {
      text: `Sửa qua REST ${RLO}olleh${PDF} ${suffix}`,
      name: `Tên ${LRI}mới${PDI}`,
    })
    expect(rest.status).toBe(200)
    let stored = await payload.findByID({
      collection: 'comments',
      id: comment.id,
      overrideAccess: true,
    })
    expect(stored.text).toBe(`Sửa qua REST olleh ${suffix}`)
    expect(stored.name).toBe('Tên mới')

    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({
        query: `mutation($id: String!, $text: String!) { updateComment(id: $id, data: { text: $text }) { id } }`,
        variables: { id: comment.id, text: `Sửa qua GraphQL ${RLO}olleh${PDF}${ZWSP} ${suffix}` },
      }),
    })
    const gqlBody = (await gql.json()) as { errors?: unknown }
    expect(gqlBody.errors).toBeUndefined()
    stored = await payload.findByID({
      collection: 'comments',
      id: comment.id,
      overrideAccess: true,
    })
    expect(stored.text).toBe(`Sửa qua GraphQL olleh ${suffix}`)

    const question = await payload.create({
      collection: 'questions',
      data: {
        name: 'Bạn đọc',
        contact: 'a@vidu.vn',
        question: `Câu hỏi ${suffix}`,
        status: 'pending',
      },
      overrideAccess: true,
    })
    const q = await jsonCall(server.url, editorToken, 'PATCH', `/api/questions/${question.id}`, {
      question: `Câu hỏi ${RLO}đã sửa${PDF} ${suffix}`,
      name: `${RLM}Bạn đọc${RLM}`,
    })
    expect(q.status).toBe(200)
    const storedQ = await payload.findByID({
      collection: 'questions',
      id: question.id,
      overrideAccess: true,
    })
    expect(storedQ.question).toBe(`Câu hỏi đã sửa ${suffix}`)
    expect(storedQ.name).toBe('Bạn đọc')
  })

  it('leaves staff no way to create a reader post with them over the API', async () => {
    const marker = `bidicreate${suffix}`
    const res = await jsonCall(server.url, editorToken, 'POST', '/api/comments', {
      article: article.id,
      name: `${RLO}x`,
      contact: 'a@vidu.vn',
      text: `${RLO}${marker}`,
    })
    expect([401, 403]).toContain(res.status)
    expect(await commentByMarker(marker)).toBeUndefined()
  })
})

// Readers' posts stored before invisible formatting was taken out on save (bidi overrides,
// zero-width characters) were cleaned only when the site read them: the admin showed them raw,
// so a moderator approved something other than what readers would see, and moderating by status
// alone (the admin's bulk "Chỉnh sửa", a REST PATCH of `status`) left them in the database.
// Every read through Payload now shows them cleaned, and any save cleans the stored row.
// Over REST as an editor, on a real Payload; the old rows are made by writing past the hooks.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor } from '../../../helpers/users'

let t: TestPayload
let payload: Payload
let api: ApiServer
let token = ''
let article: Article

const RLO = '\u202e'
const PDF = '\u202c'
const ZWSP = '\u200b'
const RAW_TEXT = `Liên hệ ${RLO}nv.hnat-gnac${PDF} ngay, đồng${ZWSP}chí`
const CLEAN_TEXT = 'Liên hệ nv.hnat-gnac ngay, đồngchí'
const RAW_NAME = `Trần ${RLO}hnaB${PDF}`
const CLEAN_NAME = 'Trần hnaB'

/** Writes the raw text straight into the row, as it was stored before the rule existed. */
async function oldRow(
  collection: 'comments' | 'questions',
  id: string,
  data: Record<string, unknown>,
) {
  await payload.db.updateOne({ collection, id, data })
  const row = (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as Record<
    string,
    unknown
  >
  expect(Object.values(row).join(' ')).toContain(RLO)
}

const storedRow = async (collection: 'comments' | 'questions', id: string) =>
  (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  t = await bootPayload('stored-invisible-formatting')
  payload = t.payload
  api = await startApiServer(payload.config)
  const editor = await createUser(payload, 'editor', '-sif')
  token = await loginToken(api.url, editor.email, passwordFor('editor'))
  article = await payload.create({
    collection: 'articles',
    data: { title: 'Bài có ý kiến cũ', kind: 'news', _status: 'published' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('invisible formatting already stored in readers’ posts', () => {
  it('is not shown to moderators, and a bulk status change cleans the stored comment', async () => {
    const comment = await payload.create({
      collection: 'comments',
      data: {
        article: article.id,
        name: 'Bạn đọc',
        contact: 'bd@vidu.vn',
        text: 'x',
        status: 'pending',
      },
      overrideAccess: true,
    })
    await oldRow('comments', comment.id, { name: RAW_NAME, text: RAW_TEXT })

    const read = await jsonCall(api.url, token, 'GET', `/api/comments/${comment.id}`)
    expect(read.status).toBe(200)
    expect(read.json.text).toBe(CLEAN_TEXT)
    expect(read.json.name).toBe(CLEAN_NAME)
    const list = await jsonCall(api.url, token, 'GET', '/api/comments?limit=10')
    expect(JSON.stringify(list.json)).not.toContain(RLO)

    // The admin's bulk edit: only the status is sent.
    const approved = await jsonCall(
      api.url,
      token,
      'PATCH',
      `/api/comments?where[id][equals]=${comment.id}`,
      { status: 'approved' },
    )
    expect(approved.status).toBe(200)
    const row = await storedRow('comments', comment.id)
    expect(row.status).toBe('approved')
    expect(row.text).toBe(CLEAN_TEXT)
    expect(row.name).toBe(CLEAN_NAME)
  })

  it('is cleaned from a stored question when only its status changes', async () => {
    const question = await payload.create({
      collection: 'questions',
      data: { name: 'Bạn đọc', contact: 'bd@vidu.vn', question: 'x', status: 'pending' },
      overrideAccess: true,
    })
    await oldRow('questions', question.id, { name: RAW_NAME, question: RAW_TEXT })
    const read = await jsonCall(api.url, token, 'GET', `/api/questions/${question.id}`)
    expect(read.json.question).toBe(CLEAN_TEXT)
    const rejected = await jsonCall(api.url, token, 'PATCH', `/api/questions/${question.id}`, {
      status: 'rejected',
    })
    expect(rejected.status).toBe(200)
    const row = await storedRow('questions', question.id)
    expect(row.question).toBe(CLEAN_TEXT)
    expect(row.name).toBe(CLEAN_NAME)
  })
})

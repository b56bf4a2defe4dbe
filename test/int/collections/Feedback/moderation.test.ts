// Moderation of readers' comments and questions through the Local API as each role (what the
// admin's list view and its bulk edit do), the audit trail of it, and answered questions in the
// search index: indexed by the job on publish, removed on withdrawal, and repaired by
// reconciliation (which walks articles and questions together) when an index entry is lost.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import type { Article, User } from '@/payload-types'
import { closeSearchEngine, getSearchEngine } from '@/search/engine'
import { reconcileSearchIndex } from '@/search/sync/reconcile'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let payload: Payload
let editor: User
let approver: User
let reporter: User
let article: Article

const hitIds = async (q: string) =>
  (await (await getSearchEngine()).search({ q, limit: 50 })).hits.map((h) => h.id)

const pendingComment = (text: string) =>
  payload.create({
    collection: 'comments',
    data: { article: article.id, name: 'Bạn đọc', contact: 'bd@vidu.vn', text, status: 'pending' },
    overrideAccess: true,
  })

beforeAll(async () => {
  t = await bootPayload('feedback-moderation')
  payload = t.payload
  editor = await createUser(payload, 'editor', '-fbm')
  approver = await createUser(payload, 'approver', '-fbm')
  reporter = await createUser(payload, 'reporter', '-fbm')
  article = await payload.create({
    collection: 'articles',
    data: { title: 'Bài để bình luận', kind: 'news', _status: 'published' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await closeSearchEngine()
  await t?.cleanup()
})

describe('moderating comments', () => {
  it('lets an editor approve many at once, recording who, when and the audit trail', async () => {
    const ids = await Promise.all(['một', 'hai', 'ba'].map((n) => pendingComment(`Ý kiến ${n}`)))
    const result = await payload.update({
      collection: 'comments',
      where: { id: { in: ids.map((c) => c.id) } },
      data: { status: 'approved' },
      overrideAccess: false,
      user: editor,
    })
    expect(result.errors).toEqual([])
    expect(result.docs.map((d) => d.status)).toEqual(['approved', 'approved', 'approved'])
    for (const doc of result.docs) {
      expect(
        doc.moderatedBy === editor.id || (doc.moderatedBy as User | null)?.id === editor.id,
      ).toBe(true)
      expect(doc.moderatedAt).toBeTruthy()
    }
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'moderation' } },
      overrideAccess: true,
    })
    expect(audit.docs.filter((d) => d.summary === 'status: pending → approved')).toHaveLength(3)
  })

  it('lets approvers moderate and refuses reporters, reading or writing', async () => {
    const c = await pendingComment('Ý kiến cho người duyệt')
    const spam = await payload.update({
      collection: 'comments',
      id: c.id,
      data: { status: 'spam' },
      overrideAccess: false,
      user: approver,
    })
    expect(spam.status).toBe('spam')
    await expect(
      payload.find({ collection: 'comments', overrideAccess: false, user: reporter }),
    ).rejects.toThrow()
    const refused = await payload
      .update({
        collection: 'comments',
        where: { id: { equals: c.id } },
        data: { status: 'approved' },
        overrideAccess: false,
        user: reporter,
      })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(Error)
    const stored = await payload.findByID({
      collection: 'comments',
      id: c.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('spam')
  })

  it('hides the contact from nobody but moderators, and the address hash from all but admins', async () => {
    const c = await payload.create({
      collection: 'comments',
      data: {
        article: article.id,
        name: 'Bạn đọc',
        contact: 'rieng@vidu.vn',
        text: 'Có địa chỉ',
        status: 'pending',
        ipHash: 'abcdefghijklmnop',
      },
      overrideAccess: true,
    })
    const asEditor = await payload.findByID({
      collection: 'comments',
      id: c.id,
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.contact).toBe('rieng@vidu.vn')
    expect(asEditor.ipHash).toBeUndefined()
  })
})

describe('answered questions in the site search', () => {
  const word = 'tiepcongdanthuhai'
  let id = ''

  it('indexes a question once it is published with its answer', async () => {
    const q = await payload.create({
      collection: 'questions',
      data: {
        name: 'Bạn đọc',
        contact: 'hoi@vidu.vn',
        question: `Lịch ${word} của cơ quan thế nào?`,
        status: 'pending',
      },
      overrideAccess: true,
    })
    id = q.id
    await drainJobs(payload)
    expect(await hitIds(word)).toEqual([])
    await payload.update({
      collection: 'questions',
      id,
      data: { status: 'published', answer: 'Sáng thứ Hai hằng tuần.', answeredBy: 'Văn phòng' },
      overrideAccess: false,
      user: editor,
    })
    await drainJobs(payload)
    expect(await hitIds(word)).toEqual([id])
    const stored = await payload.findByID({ collection: 'questions', id, overrideAccess: true })
    expect(stored.answeredAt).toBeTruthy()
  })

  it('is left alone by reconciliation, and repaired by it when its entry is lost', async () => {
    const clean = await reconcileSearchIndex(payload)
    expect({ missing: clean.missing, extra: clean.extra, stale: clean.stale }).toEqual({
      missing: 0,
      extra: 0,
      stale: 0,
    })
    await (await getSearchEngine()).remove([id])
    const report = await reconcileSearchIndex(payload)
    expect(report.missing).toBe(1)
    await drainJobs(payload)
    expect(await hitIds(word)).toEqual([id])
  })

  it('leaves the index when withdrawn', async () => {
    await payload.update({
      collection: 'questions',
      id,
      data: { status: 'rejected' },
      overrideAccess: true,
    })
    await drainJobs(payload)
    expect(await hitIds(word)).toEqual([])
  })
})

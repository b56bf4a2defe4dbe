/**
 * Every change of an article's `publishedAt` (the date the royalty month follows) is in the audit
 * log with who, from and to: set by hand on a draft, changed by an autosave, filled in by
 * publishing; a save that keeps the date adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let editor: User
let approver: User
let id = ''

const entries = async (): Promise<AuditLog[]> =>
  (
    await t.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'published-at-change' }, documentId: { equals: id } },
      sort: 'at',
      limit: 50,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  t = await bootPayload('published-at-audit')
  editor = await createUser(t.payload, 'editor', '-pa')
  approver = await createUser(t.payload, 'approver', '-pa')
  const article = await t.payload.create({
    collection: 'articles',
    data: { title: 'Hội nghị tổng kết', stage: 'writing', _status: 'draft' },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  id = article.id
})

afterAll(async () => {
  await t?.cleanup()
})

describe('publishedAt in the audit log', () => {
  it('records a date set by hand on a draft, then changed by an autosave', async () => {
    await t.payload.update({
      collection: 'articles',
      id,
      data: { publishedAt: '2026-10-31T09:30:00.000Z' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'articles',
      id,
      data: { publishedAt: '2026-11-02T01:00:00.000Z' },
      draft: true,
      autosave: true,
      user: editor,
      overrideAccess: false,
    })
    const found = await entries()
    expect(found.map((e) => e.summary)).toEqual([
      'ngày xuất bản: ∅ → 2026-10-31 09:30 UTC',
      'ngày xuất bản: 2026-10-31 09:30 UTC → 2026-11-02 01:00 UTC',
    ])
    expect(found.map((e) => e.actorEmail)).toEqual([editor.email, editor.email])
    expect(found.every((e) => e.documentTitle === 'Hội nghị tổng kết')).toBe(true)
  })

  it('adds nothing for saves that keep the date', async () => {
    await t.payload.update({
      collection: 'articles',
      id,
      data: { sapo: 'Đoạn dẫn mới.', publishedAt: '2026-11-02T01:00:00.000Z' },
      draft: true,
      autosave: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await entries()).toHaveLength(2)
  })

  it('records the date publishing fills in, by the approver', async () => {
    await t.payload.update({
      collection: 'articles',
      id,
      data: { publishedAt: null },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'articles',
      id,
      data: { stage: 'editing' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'articles',
      id,
      data: { stage: 'approval' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      user: approver,
      overrideAccess: false,
    })
    const found = await entries()
    expect(found).toHaveLength(4)
    expect(found[2]?.summary).toBe('ngày xuất bản: 2026-11-02 01:00 UTC → ∅')
    expect(found[3]?.summary).toMatch(/^ngày xuất bản: ∅ → \d{4}-\d\d-\d\d \d\d:\d\d UTC$/)
    expect(found[3]?.actorEmail).toBe(approver.email)
  })
})

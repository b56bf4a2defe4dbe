/**
 * An account that once edited an article, or had one returned to it, can still be deleted.
 * The stage columns (`returned_to_id`, `last_edited_by_id` on articles and their versions) were
 * added by ALTER TABLE with a bare REFERENCES users(id), so SQLite refused the delete with a
 * foreign-key error for any such person; the references are now cleared first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser } from '../../../helpers/users'

let t: TestPayload

beforeAll(async () => {
  t = await bootPayload('user-delete-history')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('deleting a person who appears in articles’ stage history', () => {
  it('deletes the account and leaves the articles and their versions without the reference', async () => {
    const reporter = await createUser(t.payload, 'reporter', '-r')
    const editor = await createUser(t.payload, 'editor', '-e')
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: 'Bài có lịch sử biên tập', kind: 'news', _status: 'draft' } as never,
      draft: true,
      user: reporter,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { stage: 'editing' } as never,
      draft: true,
      user: reporter,
      overrideAccess: false,
    })
    // The editor returns it to the reporter: lastEditedBy = editor, returnedTo = reporter.
    const returned = await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { stage: 'returned', stageReason: 'Bổ sung số liệu' } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const refId = (v: unknown) =>
      v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : v
    expect(refId((returned as { lastEditedBy?: unknown }).lastEditedBy)).toBe(String(editor.id))
    expect(refId((returned as { returnedTo?: unknown }).returnedTo)).toBe(String(reporter.id))

    await t.payload.delete({ collection: 'users', id: editor.id, overrideAccess: true })
    await t.payload.delete({ collection: 'users', id: reporter.id, overrideAccess: true })

    const left = await t.payload.find({
      collection: 'users',
      where: { id: { in: [editor.id, reporter.id] } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
    const after = await t.payload.findByID({
      collection: 'articles',
      id: article.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect((after as { title?: string }).title).toBe('Bài có lịch sử biên tập')
    expect((after as { lastEditedBy?: unknown }).lastEditedBy ?? null).toBeNull()
    expect((after as { returnedTo?: unknown }).returnedTo ?? null).toBeNull()
    const versions = await t.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    for (const v of versions.docs) {
      const data = v.version as { lastEditedBy?: unknown; returnedTo?: unknown }
      expect(data.lastEditedBy ?? null).toBeNull()
      expect(data.returnedTo ?? null).toBeNull()
    }
  })
})

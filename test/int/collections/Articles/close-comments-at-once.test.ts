/**
 * Closing readers' comments on a live article is moderation, not content: an editor's draft save
 * of `commentsClosed` takes effect on the public article and its comment form at once, without a
 * publication and without publishing the draft's other edits
 * (src/collections/Articles/hooks/close-comments-at-once.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { feedbackTarget } from '@/feedback/targets'
import type { User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { articleIn } from '../../../helpers/stages'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let editor: User

const live = (id: string) =>
  t.payload.findByID({ collection: 'articles', id, depth: 0, draft: false, overrideAccess: true })

const draftSave = (id: string, data: Record<string, unknown>, autosave = false) =>
  t.payload.update({
    collection: 'articles',
    id,
    data,
    draft: true,
    autosave,
    user: editor,
    overrideAccess: false,
  })

beforeAll(async () => {
  t = await bootPayload('close-comments-at-once')
  editor = await createUser(t.payload, 'editor', '-cc')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('closing comments on a live article', () => {
  it('applies at once from a draft save, and publishes nothing else of the draft', async () => {
    const article = await articleIn(t.payload, 'published', editor, {
      sapo: 'Đoạn dẫn đã đăng.',
    })
    const id = String(article.id)
    expect((await feedbackTarget(t.payload, 'comment', id))?.closed).toBe(false)

    await draftSave(id, { title: 'Tiêu đề chưa duyệt', commentsClosed: true }, true)

    const now = await live(id)
    expect(now.commentsClosed).toBe(true)
    expect(now.title).toBe(article.title)
    expect(now.sapo).toBe('Đoạn dẫn đã đăng.')
    expect(now.kind).toBe(article.kind)
    expect(now._status).toBe('published')
    expect((await feedbackTarget(t.payload, 'comment', id))?.closed).toBe(true)
    // The draft keeps its pending edits and the closing, for the next publication.
    const draft = await t.payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(draft.title).toBe('Tiêu đề chưa duyệt')
    expect(draft.commentsClosed).toBe(true)

    // Reopening works the same way.
    await draftSave(id, { commentsClosed: false })
    expect((await live(id)).commentsClosed).toBe(false)
    expect((await feedbackTarget(t.payload, 'comment', id))?.closed).toBe(false)
  })

  it('leaves an article that is not live to its publication', async () => {
    const article = await articleIn(t.payload, 'editing', editor)
    const id = String(article.id)
    await draftSave(id, { commentsClosed: true })
    const stored = await t.payload.db.findOne<{ id: string; commentsClosed?: boolean | null }>({
      collection: 'articles',
      where: { id: { equals: id } },
    })
    expect(stored?.commentsClosed ?? false).toBe(false)
  })
})

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

  it('keeps every other field of the live article, relationships and lists included', async () => {
    const make = (collection: 'categories' | 'tags' | 'authors', data: Record<string, unknown>) =>
      t.payload.create({ collection, data: data as never, overrideAccess: true })
    const category = await make('categories', { title: 'Chuyên mục đóng ý kiến' })
    const tag = await make('tags', { name: 'Thẻ đóng ý kiến' })
    const author = await make('authors', { name: 'Tác Giả Đóng Ý Kiến' })
    const article = await articleIn(t.payload, 'published', editor, {
      categories: [category.id],
      tags: [tag.id],
      authors: [author.id],
      sapo: 'Đoạn dẫn đã đăng.',
    })
    const id = String(article.id)
    const { updatedAt: _before, commentsClosed: _open, ...before } = await live(id)

    await draftSave(id, { title: 'Tiêu đề nháp', tags: [], categories: [], commentsClosed: true })

    const { updatedAt: _after, commentsClosed, ...after } = await live(id)
    expect(commentsClosed).toBe(true)
    expect(after).toEqual(before)
  })

  it('brings the live article in step with the draft even when the draft already held the value', async () => {
    // A draft saved before closing took effect at once (or any write of the main row alone)
    // leaves the editor's form showing comments closed while the live article takes them:
    // saving that form again must close them, though the value did not change in the draft.
    const article = await articleIn(t.payload, 'published', editor)
    const id = String(article.id)
    await draftSave(id, { commentsClosed: true })
    await t.payload.db.updateOne({ collection: 'articles', id, data: { commentsClosed: false } })
    expect((await live(id)).commentsClosed).toBe(false)

    await draftSave(id, { title: 'Tiêu đề nháp khác', commentsClosed: true }, true)

    expect((await live(id)).commentsClosed).toBe(true)
    expect((await feedbackTarget(t.payload, 'comment', id))?.closed).toBe(true)
  })

  it('is out of reach of a reporter, even on their own live article', async () => {
    const reporter = await createUser(t.payload, 'reporter', '-cc-r')
    const article = await articleIn(t.payload, 'published', reporter)
    const id = String(article.id)
    await expect(
      t.payload.update({
        collection: 'articles',
        id,
        data: { commentsClosed: true },
        draft: true,
        user: reporter,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await live(id)).commentsClosed ?? false).toBe(false)
  })

  it('leaves an article that is not live to its publication', async () => {
    const article = await articleIn(t.payload, 'editing', editor)
    const id = String(article.id)
    await draftSave(id, { commentsClosed: true })
    // Taken down: the site does not show it, the next publication carries the value.
    const down = await articleIn(t.payload, 'unpublished', editor)
    await draftSave(String(down.id), { commentsClosed: true })
    const downNow = await live(String(down.id))
    expect(downNow._status).toBe('draft')
    expect(downNow.commentsClosed ?? false).toBe(false)
    const stored = await t.payload.db.findOne<{ id: string; commentsClosed?: boolean | null }>({
      collection: 'articles',
      where: { id: { equals: id } },
    })
    expect(stored?.commentsClosed ?? false).toBe(false)
  })
})

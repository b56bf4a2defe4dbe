/**
 * The `publicUse` flag of tags and authors (src/collections/Articles/taxonomy-public-use.ts):
 * the cases the security test does not reach over HTTP (drafts saved on top of a published
 * article, tags shared by articles, the flag being read-only, the backfill).
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backfillTaxonomyPublicUse } from '@/collections/Articles/taxonomy-public-use'
import type { User } from '@/payload-types'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser } from '../../../helpers/users'

let t: TestPayload
let editor: User

beforeAll(async () => {
  t = await bootPayload('taxonomy-public-use')
  editor = await createUser(t.payload, 'editor')
})

afterAll(async () => {
  await t?.cleanup()
})

const tag = (name: string) =>
  t.payload.create({ collection: 'tags', data: { name }, overrideAccess: true })
const flag = async (collection: 'tags' | 'authors', id: string) =>
  (await t.payload.findByID({ collection, id, depth: 0, overrideAccess: true })).publicUse
const publish = (title: string, data: { tags?: string[]; authors?: string[] }) =>
  t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'published', ...data },
    overrideAccess: true,
  })

describe('publicUse of tags and authors', () => {
  it('follows the published article, not a draft saved on top of it', async () => {
    const kept = await tag('Giữ khi sửa nháp')
    const article = await publish('Bài có thẻ', { tags: [kept.id] })
    expect(await flag('tags', kept.id)).toBe(true)
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { tags: [] },
      draft: true,
      overrideAccess: true,
    })
    expect(await flag('tags', kept.id)).toBe(true)
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(await flag('tags', kept.id)).toBe(false)
  })

  it('stays while another published article still uses the tag', async () => {
    const shared = await tag('Dùng chung')
    const a = await publish('Bài A', { tags: [shared.id] })
    await publish('Bài B', { tags: [shared.id] })
    await t.payload.update({
      collection: 'articles',
      id: a.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(await flag('tags', shared.id)).toBe(true)
  })

  it('is decided per tag and author when one save touches several', async () => {
    const shared = await tag('Thẻ dùng chung khi gỡ bài')
    const solo = await tag('Thẻ chỉ một bài')
    const [sharedAuthor, soloAuthor] = await Promise.all(
      ['Tác giả hai bài', 'Tác giả một bài'].map((name) =>
        t.payload.create({ collection: 'authors', data: { name }, overrideAccess: true }),
      ),
    )
    const a = await publish('Bài gỡ, hai thẻ', {
      tags: [shared.id, solo.id],
      authors: [sharedAuthor!.id, soloAuthor!.id],
    })
    const b = await publish('Bài còn lại', { tags: [shared.id], authors: [sharedAuthor!.id] })
    await t.payload.update({
      collection: 'articles',
      id: a.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect([await flag('tags', shared.id), await flag('tags', solo.id)]).toEqual([true, false])
    expect([
      await flag('authors', sharedAuthor!.id),
      await flag('authors', soloAuthor!.id),
    ]).toEqual([true, false])
    // The last published article using them is deleted: both become private.
    await t.payload.delete({ collection: 'articles', id: b.id, overrideAccess: true })
    expect([await flag('tags', shared.id), await flag('authors', sharedAuthor!.id)]).toEqual([
      false,
      false,
    ])
  })

  it('cannot be set by hand, even by an editor', async () => {
    const made = await t.payload.create({
      collection: 'tags',
      data: { name: 'Tự bật cờ', publicUse: true },
      user: editor,
      overrideAccess: false,
    })
    expect(await flag('tags', made.id)).toBe(false)
    await t.payload.update({
      collection: 'tags',
      id: made.id,
      data: { publicUse: true },
      user: editor,
      overrideAccess: false,
    })
    expect(await flag('tags', made.id)).toBe(false)
  })

  it('is rebuilt from the published articles by the backfill', async () => {
    const used = await tag('Đã dùng, cờ sai')
    const unused = await tag('Chưa dùng, cờ sai')
    const author = await t.payload.create({
      collection: 'authors',
      data: { name: 'Tác giả cờ sai' },
      overrideAccess: true,
    })
    await publish('Bài cho backfill', { tags: [used.id], authors: [author.id] })
    // A database that predates the flag (or was restored): every value wrong.
    for (const [collection, id, value] of [
      ['tags', used.id, false],
      ['tags', unused.id, true],
      ['authors', author.id, false],
    ] as const)
      await t.payload.db.updateOne({ collection, id, data: { publicUse: value } })
    const req = await createLocalReq({}, t.payload)
    expect(await backfillTaxonomyPublicUse(t.payload, req)).toBe(3)
    expect(await flag('tags', used.id)).toBe(true)
    expect(await flag('tags', unused.id)).toBe(false)
    expect(await flag('authors', author.id)).toBe(true)
    expect(await backfillTaxonomyPublicUse(t.payload, req)).toBe(0)
  })
})

/**
 * The `publicUse` flag of media (src/collections/Media/public-use.ts) through the article hooks,
 * on the cases where "does any published article use this photo?" must be asked per photo:
 * several photos in one save where only some are still used elsewhere, a photo used only inside a
 * gallery block, the last published article using a photo being unpublished or deleted, and a
 * draft saved on top of a published article. A query that answers for the whole list at once, or
 * that forgets the other published articles, or counts drafts, fails here.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'

import { bootPayload, type TestPayload } from '../../../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await bootPayload('media-public-use')
})

afterAll(async () => {
  await t?.cleanup()
})

let uploads = 0
async function photo(): Promise<string> {
  uploads++
  const data = await sharp({
    create: { width: 24, height: 24, channels: 3, background: { r: uploads * 20, g: 80, b: 120 } },
  })
    .png()
    .toBuffer()
  const doc = await t.payload.create({
    collection: 'media',
    data: { alt: `Ảnh ${uploads}`, caption: 'Chú thích', credit: 'Thu Hà' },
    file: { data, mimetype: 'image/png', name: `public-use-${uploads}.png`, size: data.length },
    overrideAccess: true,
  })
  return doc.id
}

const flag = async (id: string) =>
  (await t.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true }))
    .publicUse === true

const galleryBody = (...ids: string[]) =>
  lexicalDocument([
    paragraph('Ảnh hoạt động'),
    block('gallery', { images: ids.map((media) => ({ media })) }),
  ])

const publish = (title: string, data: Record<string, unknown>) =>
  t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'published', ...data },
    overrideAccess: true,
  })

const setStatus = (id: string, status: 'draft' | 'published') =>
  t.payload.update({
    collection: 'articles',
    id,
    data: { _status: status },
    overrideAccess: true,
  })

describe('publicUse of media', () => {
  it('is decided per photo when one save touches several', async () => {
    const shared = await photo()
    const galleryOnly = await photo()
    const a = await publish('Bài A, ảnh bìa dùng chung và ảnh trong bộ ảnh', {
      coverImage: shared,
      body: galleryBody(galleryOnly),
    })
    const b = await publish('Bài B, cùng ảnh bìa', { coverImage: shared })
    expect([await flag(shared), await flag(galleryOnly)]).toEqual([true, true])

    // The save that unpublishes A asks about both photos at once: the shared one stays public
    // because B still shows it, the gallery photo only A showed becomes private.
    await setStatus(a.id, 'draft')
    expect([await flag(shared), await flag(galleryOnly)]).toEqual([true, false])

    // Deleting the last published article that shows the shared photo makes it private too.
    await t.payload.delete({ collection: 'articles', id: b.id, overrideAccess: true })
    expect(await flag(shared)).toBe(false)

    // Republishing A brings both back.
    await setStatus(a.id, 'published')
    expect([await flag(shared), await flag(galleryOnly)]).toEqual([true, true])
  })

  it('follows the published article, not a draft saved on top of it', async () => {
    const kept = await photo()
    const added = await photo()
    const article = await publish('Bài có bộ ảnh', { body: galleryBody(kept) })
    await t.payload.update({
      collection: 'articles',
      id: article.id,
      data: { body: galleryBody(added) },
      draft: true,
      overrideAccess: true,
    })
    expect([await flag(kept), await flag(added)]).toEqual([true, false])
    await setStatus(article.id, 'published')
    expect([await flag(kept), await flag(added)]).toEqual([false, true])
  })

  it('stays while another published article uses the photo when one using it is deleted', async () => {
    const shared = await photo()
    const solo = await photo()
    const a = await publish('Bài sẽ bị xoá', { coverImage: solo, body: galleryBody(shared) })
    await publish('Bài còn lại, ảnh trong bộ ảnh', { body: galleryBody(shared) })
    await t.payload.delete({ collection: 'articles', id: a.id, overrideAccess: true })
    expect([await flag(shared), await flag(solo)]).toEqual([true, false])
  })
})

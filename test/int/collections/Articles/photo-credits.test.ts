import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, lexicalDocument } from '@/lib/lexical/build'
import { demoPhoto } from '@/seed/images'

import { bootPayload, type TestPayload } from '../../../helpers/payload'

/**
 * The `photoCredits` index behind the photographer pages, kept by hooks through the Local API
 * (so SQLite and MongoDB alike): set on save, following a photo's corrected credit, with a
 * pending draft left untouched.
 */
let t: TestPayload

const photo = async (credit: string) =>
  t.payload.create({
    collection: 'media',
    data: { alt: 'Ảnh', credit },
    file: { data: await demoPhoto(1), mimetype: 'image/jpeg', name: 'a.jpg', size: 1 },
    overrideAccess: true,
  })

const body = (media: string, credit = '') => lexicalDocument([block('photo', { media, credit })])

const published = async (id: string) =>
  (await t.payload.findByID({ collection: 'articles', id, overrideAccess: true })).photoCredits

beforeAll(async () => {
  t = await bootPayload('photo-credits')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('photoCredits', () => {
  it('holds the keys of block credits, photo credits and the cover', async () => {
    const a = await photo('Thu Hà')
    const b = await photo('Nguyễn Văn Bình')
    const cover = await photo('Đỗ Đức')
    const doc = await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Ba ảnh',
        kind: 'news',
        body: lexicalDocument([
          block('photo', { media: a.id }),
          block('photo', { media: b.id, credit: 'Thu Hà' }),
        ]),
        coverImage: cover.id,
        _status: 'published',
      },
      overrideAccess: true,
    })
    expect(doc.photoCredits).toEqual(['do-duc', 'thu-ha'])
    const found = await t.payload.find({
      collection: 'articles',
      where: { photoCredits: { in: ['do-duc'] } },
      overrideAccess: false,
    })
    expect(found.docs.map((d) => d.id)).toEqual([doc.id])
  })

  it("follows a photo's corrected credit without touching a pending draft", async () => {
    const m = await photo('Chưa Rõ')
    const other = await photo('Minh Yến')
    const doc = await t.payload.create({
      collection: 'articles',
      data: { title: 'Sửa tên', kind: 'news', body: body(m.id), _status: 'published' },
      overrideAccess: true,
    })
    expect(doc.photoCredits).toEqual(['chua-ro'])
    // An editor's draft on top of the published article, with another photo.
    await t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { body: body(other.id) },
      draft: true,
      overrideAccess: true,
    })
    expect(await published(doc.id)).toEqual(['chua-ro'])
    await t.payload.update({
      collection: 'media',
      id: m.id,
      data: { credit: 'Thanh Lê' },
      overrideAccess: true,
    })
    expect(await published(doc.id)).toEqual(['thanh-le'])
    const draft = await t.payload.findByID({
      collection: 'articles',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })
    expect(draft._status).toBe('draft')
    expect(draft.photoCredits).toEqual(['minh-yen'])
  })
})

import type { RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser } from '../../../helpers/users'

let t: TestPayload

beforeAll(async () => {
  t = await bootPayload('model')
})

afterAll(async () => {
  await t?.cleanup()
})

const create = (data: Partial<RequiredDataFromCollectionSlug<'articles'>>) =>
  t.payload.create({
    collection: 'articles',
    data: { title: 'x', kind: 'news', ...data },
    overrideAccess: true,
    depth: 0,
  })

describe('article slugs', () => {
  it('are generated from Vietnamese titles and kept unique', async () => {
    const a = await create({ title: 'Đảng ủy Khối tổ chức hội nghị', _status: 'published' })
    const b = await create({ title: 'Đảng uỷ Khối tổ chức hội nghị', _status: 'published' })
    const c = await create({ title: 'ĐẢNG ỦY KHỐI TỔ CHỨC HỘI NGHỊ' })
    expect([a.slug, b.slug, c.slug]).toEqual([
      'dang-uy-khoi-to-chuc-hoi-nghi',
      'dang-uy-khoi-to-chuc-hoi-nghi-2',
      'dang-uy-khoi-to-chuc-hoi-nghi-3',
    ])
  })

  it('keep a hand-typed slug (cleaned) and survive edits of the title', async () => {
    const doc = await create({ title: 'Tiêu đề gốc', slug: 'Đường dẫn Riêng!' })
    expect(doc.slug).toBe('duong-dan-rieng')
    const edited = await t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: 'Tiêu đề mới' },
      overrideAccess: true,
    })
    expect(edited.slug).toBe('duong-dan-rieng')
  })
})

describe('article metadata', () => {
  it('gets publishedAt when published, and records its creator', async () => {
    const reporter = await createUser(t.payload, 'reporter')
    const draft = await t.payload.create({
      collection: 'articles',
      data: { title: 'Tin nháp' },
      draft: true,
      user: reporter,
      overrideAccess: false,
      depth: 0,
    })
    expect(draft.createdBy).toBe(reporter.id)
    expect(draft.publishedAt ?? null).toBeNull()
    const published = await t.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(new Date(published.publishedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('keeps document metadata with a GraphQL-safe type value', async () => {
    const doc = await create({
      title: 'Kết luận số 05-KL/ĐUK',
      kind: 'document',
      document: {
        number: '05-KL/ĐUK',
        type: 'ket_luan',
        signer: 'Nguyễn Văn Bình',
        signerCapacity: 'T/M BAN THƯỜNG VỤ',
        recipients: [{ name: 'Các chi bộ trực thuộc' }],
      },
    })
    expect(doc.document?.number).toBe('05-KL/ĐUK')
    expect(doc.document?.recipients?.[0]?.name).toBe('Các chi bộ trực thuộc')
  })
})

import { fileTypeFromBuffer } from 'file-type'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { phonePhoto } from '../../../../bench/media/photo'
import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { heicHeader } from '../../../helpers/heic'
import { loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { createUser, passwordFor } from '../../../helpers/users'

/**
 * What the admin's bulk upload sends, over real HTTP: one POST per photo with the values set
 * for all of them in "Edit many" (credit, caption prefix) plus the photo's own caption. Each
 * photo succeeds or fails on its own, with a Vietnamese message for the one that fails.
 */
let t: TestPayload
let api: ApiServer
let token = ''

beforeAll(async () => {
  t = await bootPayload('bulk-upload')
  api = await startApiServer(t.payload.config)
  const reporter = await createUser(t.payload, 'reporter')
  token = await loginToken(api.url, reporter.email, passwordFor('reporter'))
})
afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

const shared = { credit: 'Thanh Lê', captionPrefix: 'Hội nghị sơ kết 6 tháng đầu năm:' }

async function post(
  file: Buffer,
  name: string,
  type: string,
  caption?: string,
): Promise<{ status: number; body: { doc?: Media; errors?: Array<{ message: string }> } }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ ...shared, ...(caption ? { caption } : {}) }))
  const res = await fetch(`${api.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as never }
}

describe('bulk upload of phone photos', () => {
  it('applies the shared credit and caption prefix, keeps each caption, and fails one by one', async () => {
    const photo = await phonePhoto({ width: 1600, height: 1200 })
    const heic = heicHeader()
    expect((await fileTypeFromBuffer(heic))?.mime).toBe('image/heic')
    const results = await Promise.all([
      post(photo, 'IMG_0001.JPG', 'image/jpeg', 'Đồng chí Bí thư phát biểu.'),
      post(heic, 'IMG_0002.HEIC', 'image/heic'),
      post(photo.subarray(0, photo.length / 2), 'IMG_0003.JPG', 'image/jpeg'),
      // A HEIC named .jpg is still recognised by its content.
      post(heic, 'IMG_0004.jpg', 'image/jpeg'),
      post(photo, 'IMG_0005.JPG', 'image/jpeg'),
    ])
    const [first, heicOne, truncated, disguised, last] = results
    expect(first?.status).toBe(201)
    expect(first?.body.doc).toMatchObject({
      credit: 'Thanh Lê',
      caption: 'Hội nghị sơ kết 6 tháng đầu năm: Đồng chí Bí thư phát biểu.',
      takenAt: '2026-11-20T01:15:30.000Z',
      mimeType: 'image/jpeg',
    })
    expect(first?.body.doc?.alt).toBe(first?.body.doc?.caption)
    expect(last?.status).toBe(201)
    expect(last?.body.doc?.caption).toBe('Hội nghị sơ kết 6 tháng đầu năm:')
    expect(last?.body.doc).not.toHaveProperty('captionPrefix')
    for (const refused of [heicOne, disguised]) {
      expect(refused?.status).toBe(415)
      expect(refused?.body.errors?.[0]?.message).toMatch(/HEIC.*JPEG.*Tương thích nhất/s)
    }
    expect(truncated?.status).toBe(400)
    expect(truncated?.body.errors?.[0]?.message).toBe(
      'IMG_0003.jpg — Tệp ảnh bị hỏng hoặc không đọc được. Vui lòng kiểm tra và tải lại.',
    )
    expect(heicOne?.body.errors?.[0]?.message).toMatch(/^IMG_0002\.HEIC — Ảnh HEIC/)
    const { totalDocs } = await t.payload.count({ collection: 'media', overrideAccess: true })
    expect(totalDocs).toBe(2)
  })

  it('lets each caption be edited afterwards without the prefix coming back', async () => {
    const photo = await phonePhoto({ width: 800, height: 600 })
    const { body } = await post(photo, 'IMG_0100.JPG', 'image/jpeg')
    const id = body.doc?.id ?? ''
    const res = await fetch(`${api.url}/api/media/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ caption: 'Toàn cảnh hội nghị.', captionPrefix: 'bỏ qua' }),
    })
    expect(res.status).toBe(200)
    const doc = await t.payload.findByID({ collection: 'media', id, overrideAccess: true })
    expect(doc.caption).toBe('Toàn cảnh hội nghị.')
  })
})

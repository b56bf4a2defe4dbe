/**
 * Attack: an anonymous visitor lists every upload through the media API (including the PDF of
 * an embargoed draft document) or finds draft-only photos on a photographer's credit page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, type Staff, staffMember, upload } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let reporter: Staff
let embargoedPdf: Media
let draftPhoto: Media
let publicPhoto: Media
let bodyPhoto: Media

beforeAll(async () => {
  server = await startProductionServer()
  reporter = await staffMember(server.payload, server.url, 'reporter')
  embargoedPdf = await upload(server.url, reporter, { caption: 'Nghị quyết chưa ban hành' }, 'pdf')
  draftPhoto = await upload(server.url, reporter, {
    alt: 'Nháp',
    caption: 'Ảnh nháp',
    credit: 'Phóng Viên Bí Mật',
  })
  publicPhoto = await upload(server.url, reporter, {
    alt: 'Công khai',
    caption: 'Ảnh đã đăng',
    credit: 'Thanh Lê',
  })
  bodyPhoto = await upload(server.url, reporter, { alt: 'Trong bài', caption: 'Ảnh thân bài' })
  await server.payload.create({
    collection: 'articles',
    data: {
      title: 'Nghị quyết đang giữ kín',
      kind: 'document',
      _status: 'draft',
      coverImage: draftPhoto.id,
      document: { number: '99-NQ/ĐUK', attachment: embargoedPdf.id },
    },
    draft: true,
    overrideAccess: true,
  })
  const { block, lexicalDocument } = await import('@/lib/lexical/build')
  await server.payload.create({
    collection: 'articles',
    data: {
      title: 'Tin đã đăng',
      kind: 'news',
      _status: 'published',
      coverImage: publicPhoto.id,
      body: lexicalDocument([block('gallery', { images: [{ media: bodyPhoto.id }] })]),
    },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await server?.close()
})

const ids = (docs: unknown) => (docs as Array<{ id: string }>).map((d) => d.id)

describe('anonymous readers and media', () => {
  it('list and read only media a published article uses, over REST', async () => {
    const list = await jsonCall(server.url, undefined, 'GET', '/api/media?limit=100&depth=0')
    expect(list.status).toBe(200)
    const listed = ids(list.json.docs)
    expect(listed).toContain(publicPhoto.id)
    expect(listed).toContain(bodyPhoto.id)
    expect(listed).not.toContain(embargoedPdf.id)
    expect(listed).not.toContain(draftPhoto.id)
    expect(
      (await jsonCall(server.url, undefined, 'GET', `/api/media/${embargoedPdf.id}`)).status,
    ).toBe(404)
    expect(JSON.stringify(list.json)).not.toContain('Nghị quyết chưa ban hành')
  })

  it('list only media a published article uses, over GraphQL', async () => {
    const res = await graphql(
      server.url,
      undefined,
      '{ allMedia(limit: 100) { docs { id caption } } }',
    )
    const listed = ids((res.data?.allMedia as { docs: unknown }).docs)
    expect(listed).toContain(publicPhoto.id)
    expect(listed).not.toContain(embargoedPdf.id)
    expect(listed).not.toContain(draftPhoto.id)
  })

  it('find no credit page for a photographer whose photos only drafts use', async () => {
    expect((await fetch(`${server.url}/anh/phong-vien-bi-mat`)).status).toBe(404)
    const page = await fetch(`${server.url}/anh/thanh-le`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Ảnh đã đăng')
  })

  it('staff still see every upload', async () => {
    const list = await jsonCall(server.url, reporter.token, 'GET', '/api/media?limit=100&depth=0')
    expect(ids(list.json.docs)).toEqual(
      expect.arrayContaining([embargoedPdf.id, draftPhoto.id, publicPhoto.id]),
    )
  })

  it('serve no file of draft-only media under /api/media/file/', async () => {
    // The files follow the records' read rule (src/server/media-visibility.ts).
    const res = await fetch(`${server.url}/api/media/file/${embargoedPdf.filename}`)
    expect(res.status).toBe(404)
  })
})

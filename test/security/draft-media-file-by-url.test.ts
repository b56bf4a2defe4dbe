/**
 * Attack: the media API hides an embargoed draft's PDF and photos, but their files are still
 * fetched by URL (a link pasted into a chat, a guessed name, a size derived from the original's
 * name). Files follow the records' read rule: staff only until published content uses them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { startProductionServer } from '../helpers/production-server'
import { type Staff, staffMember, upload } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let reporter: Staff
let pdf: Media
let photo: Media
let articleId = ''

const fileUrl = (name: string | null | undefined) => `${server.url}/api/media/file/${name ?? ''}`
const get = (name: string | null | undefined, who?: Staff) =>
  fetch(fileUrl(name), who ? { headers: { authorization: `JWT ${who.token}` } } : {})

beforeAll(async () => {
  server = await startProductionServer()
  reporter = await staffMember(server.payload, server.url, 'reporter')
  pdf = await upload(server.url, reporter, { caption: 'Nghị quyết chưa ban hành' }, 'pdf')
  photo = await upload(server.url, reporter, { alt: 'Ảnh nháp', caption: 'Ảnh nháp' })
  const article = await server.payload.create({
    collection: 'articles',
    data: {
      title: 'Nghị quyết còn giữ kín',
      kind: 'document',
      _status: 'draft',
      coverImage: photo.id,
      document: { number: '98-NQ/ĐUK', attachment: pdf.id },
    },
    draft: true,
    overrideAccess: true,
  })
  articleId = article.id
})

afterAll(async () => {
  await server?.close()
})

describe("a draft's files fetched by URL", () => {
  it('are 404 for anonymous readers, original and every size', async () => {
    expect((await get(pdf.filename)).status).toBe(404)
    expect((await get(photo.filename)).status).toBe(404)
    const sizes = Object.values(photo.sizes ?? {}).map((size) => size?.filename)
    expect(sizes.length).toBeGreaterThan(0)
    for (const name of sizes) expect((await get(name)).status, String(name)).toBe(404)
  })

  it('are served to staff, and never to shared caches', async () => {
    const res = await get(pdf.filename, reporter)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/pdf')
    expect(res.headers.get('cache-control')).toContain('no-store')
  })

  it('become public once a published article uses them', async () => {
    await server.payload.update({
      collection: 'articles',
      id: articleId,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    // The server remembers a file's visibility for a few seconds.
    const deadline = Date.now() + 15_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await get(pdf.filename)).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status).toBe(200)
    const thumb = await get(photo.sizes?.thumbnail?.filename)
    expect(thumb.status).toBe(200)
    // Shared caches (a CDN, an office proxy) keep it a minute only: a takedown reaches new
    // readers through them within a minute (browsers keep it a day).
    expect(thumb.headers.get('cache-control')).toBe('public, max-age=86400, s-maxage=60')
  })
})

/**
 * The photographers' sitemap (`/sitemap-anh-<n>.xml`) has no records of its own: it is read from
 * every published article's credit index, a page of 1,000 articles at a time. Asked for a page
 * that does not exist, it answers 404, which neither the page cache nor nginx keeps, so each such
 * request scanned the whole archive again: an anonymous amplification (a few bytes asked, tens of
 * thousands of rows read, under the generous page limit). The scan must be done at most once per
 * change of the published content, and the sitemap must still follow a publish.
 * The production server over real HTTP; the articles read are counted on its Payload instance,
 * which the site's pages share (one per process).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pollUntil } from '../helpers/poll'
import { startProductionServer } from '../helpers/production-server'
import { pngBytes } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let articleReads = 0
let restoreFind: () => void = () => {}

const status = async (path: string) => (await fetch(`${server.url}${path}`)).status
const text = async (path: string) => (await fetch(`${server.url}${path}`)).text()

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, false)
  payload = server.payload
  const find = payload.find.bind(payload)
  payload.find = ((args: Parameters<Payload['find']>[0]) => {
    if (args.collection === 'articles') articleReads++
    return find(args)
  }) as unknown as Payload['find']
  restoreFind = () => {
    payload.find = find
  }
})

afterAll(async () => {
  restoreFind()
  await server?.close()
})

describe('the photographers’ sitemap', () => {
  it('lists a photographer as soon as an article with their photo is published', async () => {
    const suffix = Date.now().toString(36)
    const data = await pngBytes('#663399')
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử', credit: `Phóng Viên Khuếch Đại ${suffix}` },
      file: { data, mimetype: 'image/png', name: `kd-${suffix}.png`, size: data.length },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'articles',
      data: {
        title: `Bài có ảnh ${suffix}`,
        kind: 'news',
        coverImage: photo.id,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await pollUntil(
      async () =>
        (await text('/sitemap-anh-1.xml')).includes(`/anh/phong-vien-khuech-dai-${suffix}`),
      10_000,
      'photographer listed',
    )
  })

  it('does not read the archive again for every page that does not exist', async () => {
    expect(await status('/sitemap-anh-1.xml')).toBe(200)
    const before = articleReads
    for (let n = 0; n < 20; n++) expect(await status(`/sitemap-anh-${900 + n}.xml`)).toBe(404)
    // Twenty scans before; now at most one (a single page of articles here), with room for a
    // stray read by background work.
    expect(articleReads - before).toBeLessThanOrEqual(3)
  })
})

// The rebuild source (sync/source.ts) reads articles at depth 0 with only the indexed fields and
// fills in photos, authors, categories and tags with batched look-ups (populate-for-index.ts).
// Its documents must be the ones the index job makes from a depth-1 read (index-task.ts), field
// for field, including captions and credits that come from the photo records themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'
import type { Article } from '@/payload-types'
import { publishedSearchDocuments } from '@/search/sync/source'
import { toSearchDocument } from '@/search/sync/to-search-document'
import type { SearchDocument } from '@/search/types'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { articleIn } from '../../helpers/stages'
import { createUser } from '../../helpers/users'

let t: TestPayload

async function tinyPng(): Promise<Buffer> {
  const sharp = (await import('sharp')).default
  return sharp({ create: { width: 16, height: 16, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer()
}

async function photo(caption: string | null, credit: string | null, name: string) {
  return t.payload.create({
    collection: 'media',
    data: { alt: 'Ảnh', caption, credit },
    file: { data: await tinyPng(), mimetype: 'image/png', name, size: 100 },
    overrideAccess: true,
  })
}

const create = (data: Partial<Article> & Pick<Article, 'title'>, draft = false) =>
  t.payload.create({
    collection: 'articles',
    data: { kind: 'news', _status: draft ? 'draft' : 'published', ...data },
    draft,
    overrideAccess: true,
    depth: 0,
  })

/** What the index job makes of every published article: a depth-1 read. */
async function depthOneDocuments(): Promise<SearchDocument[]> {
  const { docs } = await t.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    depth: 1,
    limit: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
  })
  return docs.map(toSearchDocument)
}

beforeAll(async () => {
  t = await bootPayload('rebuild-source')
  const [hall, stage, crowd] = [
    await photo('Toàn cảnh hội nghị', 'Thanh Lê', 'hall.png'),
    await photo('Đại biểu biểu quyết', null, 'stage.png'),
    await photo(null, 'Quang Minh', 'crowd.png'),
  ]
  const author = await t.payload.create({
    collection: 'authors',
    data: { name: 'Vũ Thị Phương Nga' },
    overrideAccess: true,
  })
  const second = await t.payload.create({
    collection: 'authors',
    data: { name: 'Minh Yến' },
    overrideAccess: true,
  })
  const category = await t.payload.create({
    collection: 'categories',
    data: { title: 'Xây dựng Đảng' },
    overrideAccess: true,
  })
  const tag = await t.payload.create({
    collection: 'tags',
    data: { name: 'Đại hội chi bộ' },
    overrideAccess: true,
  })
  const same = '2024-05-02T03:00:00.000Z'
  await create({
    title: 'Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12',
    sapo: 'Hội nghị đánh giá kết quả sáu tháng đầu năm.',
    coverImage: hall.id,
    authors: [author.id, second.id],
    categories: [category.id],
    tags: [tag.id],
    publishedAt: same,
    body: lexicalDocument([
      paragraph('Đồng chí Bí thư phát biểu **chỉ đạo** hội nghị.'),
      block('photo', { media: stage.id }),
      block('photo', { media: hall.id, caption: 'Chủ tọa điều hành', credit: 'Hải Yến' }),
      block('gallery', {
        images: [
          { media: crowd.id },
          { media: stage.id, caption: 'Biểu quyết thông qua nghị quyết', credit: '' },
        ],
      }),
      block('interview', {
        turns: [
          { speaker: 'P.V', text: 'Kết quả nổi bật là gì?' },
          { speaker: 'Đồng chí Hoàng Thanh Hải', text: 'Chuyển đổi số trong chi bộ.' },
        ],
      }),
    ]),
  })
  await create({
    title: 'Kết luận của Ban Thường vụ về công tác cán bộ',
    kind: 'document',
    publishedAt: same,
    document: { number: '87-KL/ĐUK', issuingBody: 'Đảng ủy Khối', signer: 'Hoàng Thanh Hải' },
    authors: [author.id],
    body: lexicalDocument([paragraph('Ban Thường vụ kết luận như sau.')]),
  })
  for (let i = 0; i < 5; i++)
    await create({
      title: `Tin ngắn số ${i}`,
      categories: [category.id],
      publishedAt: new Date(Date.UTC(2023, 0, 1 + i)).toISOString(),
      coverImage: i % 2 === 0 ? crowd.id : null,
    })
  await create({ title: 'Bản nháp chưa đăng', coverImage: hall.id }, true)
  // A draft dated like the published pair: read in the same tie page, left out.
  await create({ title: 'Bản nháp có ngày', publishedAt: same }, true)
  // Published, then taken down ("Gỡ bài"): out of the index.
  const reporter = await createUser(t.payload, 'reporter', '-rebuild-source')
  await articleIn(t.payload, 'unpublished', reporter, { title: 'Bài đã gỡ', publishedAt: same })
  // Published with a newer draft pending approval: the published text is indexed, not the draft.
  const revised = await create({ title: 'Bài đang đăng', publishedAt: same })
  await t.payload.update({
    collection: 'articles',
    id: revised.id,
    data: { title: 'Bản sửa chưa duyệt' },
    draft: true,
    overrideAccess: true,
  })
  // Scheduled: a draft with a publish job due later (no job runner here), out of the index.
  const scheduled = await create({ title: 'Bài hẹn giờ đăng', publishedAt: same }, true)
  await t.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: scheduled.id },
      user: { relationTo: 'users', value: reporter.id },
    },
    waitUntil: new Date(Date.now() + 86_400_000),
  })
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('rebuild source', () => {
  it('yields, page by page, the documents a depth-1 read gives', async () => {
    const expected = await depthOneDocuments()
    expect(expected).toHaveLength(8)
    // Captions and credits that only the photo records hold came through the look-ups.
    const report = expected.find((d) => d.title.startsWith('Hội nghị'))
    expect(report?.captions).toContain('Đại biểu biểu quyết')
    expect(report?.credits).toEqual(expect.arrayContaining(['Thanh Lê', 'Quang Minh', 'Hải Yến']))

    const pages: SearchDocument[][] = []
    // Pages of two: the keyset continues across equal publication dates.
    for await (const page of publishedSearchDocuments(t.payload, 2)) pages.push(page)
    const got = pages.flat().filter((d) => d.kind !== 'question')
    const byId = (a: SearchDocument, b: SearchDocument) => a.id.localeCompare(b.id)
    expect([...got].sort(byId)).toEqual([...expected].sort(byId))
    // Oldest first, ties by id: the index's rowid order is publication order.
    const order = [...expected].sort(
      (a, b) => a.publishedAt.localeCompare(b.publishedAt) || (a.id < b.id ? -1 : 1),
    )
    expect(got.map((d) => d.id)).toEqual(order.map((d) => d.id))
    // Drafts, taken-down and scheduled articles stay out; a pending draft does not leak in.
    const titles = got.map((d) => d.title)
    expect(titles).toContain('Bài đang đăng')
    for (const title of [
      'Bản nháp chưa đăng',
      'Bản nháp có ngày',
      'Bài đã gỡ',
      'Bản sửa chưa duyệt',
      'Bài hẹn giờ đăng',
    ])
      expect(titles).not.toContain(title)
  })
})

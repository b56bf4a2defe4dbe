// `cms reindex` reads the archive once (search/sync/source.ts), writes the index through a writer
// thread (engines/sqlite/bulk-writer.ts) and refreshes the photographer index and the tags' and
// authors' public-use flags from the same read. A reindex must answer every query exactly as the
// index the save hooks keep (index jobs, one article at a time) on a mixed archive: drafts,
// scheduled, taken-down articles and pending drafts stay out; and the derived fields it refreshes
// must come out as the passes that read the archive separately left them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reindex } from '@/cli/commands/reindex'
import { drainJobs } from '@/cli/with-payload'
import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'
import type { Article } from '@/payload-types'
import { getSearchEngine } from '@/search/engine'
import type { SearchQuery, SearchResult } from '@/search/types'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { indexedIds } from '../../helpers/search-outage'
import { articleIn } from '../../helpers/stages'
import { createUser } from '../../helpers/users'

let t: TestPayload
let reportId = ''
let tagId = ''
let unusedTagId = ''

async function tinyPng(): Promise<Buffer> {
  const sharp = (await import('sharp')).default
  return sharp({ create: { width: 16, height: 16, channels: 3, background: '#aa3366' } })
    .png()
    .toBuffer()
}

const create = (data: Partial<Article> & Pick<Article, 'title'>, draft = false) =>
  t.payload.create({
    collection: 'articles',
    data: { kind: 'news', _status: draft ? 'draft' : 'published', ...data },
    draft,
    overrideAccess: true,
    depth: 0,
  })

/** Dates one day apart in the order the articles are made, so both indexes list them alike. */
const day = (i: number) => new Date(Date.UTC(2024, 2, 1 + i, 3)).toISOString()

const QUERIES: SearchQuery[] = [
  { q: 'hội nghị' },
  { q: 'hoi nghi ban chap hanh' },
  { q: 'Thanh Lê' },
  { q: 'quang minh' },
  { q: 'chuyển đổi số' },
  { q: '87-KL/ĐUK' },
  { q: 'Hoàng Thanh Hải' },
  { q: 'tin ngắn', sort: 'date' },
  { q: 'tin ngan', limit: 2, page: 2 },
  { q: 'bản nháp' },
  { q: 'bài đã gỡ' },
  { q: 'bản sửa chưa duyệt' },
  { q: 'hẹn giờ' },
  { q: 'đại hội chi bộ' },
  { q: '', category: 'xay-dung-dang' },
]

/** Every answer, without the time it took. */
async function answers(): Promise<Omit<SearchResult, 'tookMs'>[]> {
  const engine = await getSearchEngine(t.payload)
  const out: Omit<SearchResult, 'tookMs'>[] = []
  for (const query of QUERIES) {
    const { tookMs: _took, ...rest } = await engine.search(query)
    out.push(rest)
  }
  return out
}

beforeAll(async () => {
  t = await bootPayload('cli-reindex')
  const png = await tinyPng()
  const photo = (caption: string | null, credit: string | null, name: string) =>
    t.payload.create({
      collection: 'media',
      data: { alt: 'Ảnh', caption, credit },
      file: { data: png, mimetype: 'image/png', name, size: png.length },
      overrideAccess: true,
    })
  const hall = await photo('Toàn cảnh hội nghị', 'Thanh Lê', 'hall.png')
  const crowd = await photo(null, 'Quang Minh', 'crowd.png')
  const author = await t.payload.create({
    collection: 'authors',
    data: { name: 'Vũ Thị Phương Nga' },
    overrideAccess: true,
  })
  const category = await t.payload.create({
    collection: 'categories',
    data: { title: 'Xây dựng Đảng', slug: 'xay-dung-dang' },
    overrideAccess: true,
  })
  const tag = await t.payload.create({
    collection: 'tags',
    data: { name: 'Đại hội chi bộ' },
    overrideAccess: true,
  })
  tagId = tag.id
  const unused = await t.payload.create({
    collection: 'tags',
    data: { name: 'Chỉ trong bản nháp' },
    overrideAccess: true,
  })
  unusedTagId = unused.id
  let i = 0
  for (let n = 0; n < 6; n++)
    await create({
      title: `Tin ngắn số ${n} về hội nghị chi bộ`,
      categories: [category.id],
      publishedAt: day(i++),
      coverImage: n % 2 === 0 ? crowd.id : null,
    })
  const report = await create({
    title: 'Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12',
    sapo: 'Hội nghị đánh giá kết quả sáu tháng đầu năm.',
    coverImage: hall.id,
    authors: [author.id],
    categories: [category.id],
    tags: [tag.id],
    publishedAt: day(i++),
    body: lexicalDocument([
      paragraph('Đồng chí Bí thư phát biểu chỉ đạo hội nghị về chuyển đổi số.'),
      block('photo', { media: crowd.id }),
      block('photo', { media: hall.id, caption: 'Chủ tọa điều hành', credit: 'Hải Yến' }),
      block('interview', {
        turns: [
          { speaker: 'P.V', text: 'Kết quả nổi bật là gì?' },
          { speaker: 'Đồng chí Hoàng Thanh Hải', text: 'Chuyển đổi số trong chi bộ.' },
        ],
      }),
    ]),
  })
  reportId = report.id
  await create({
    title: 'Kết luận của Ban Thường vụ về công tác cán bộ',
    kind: 'document',
    publishedAt: day(i++),
    document: { number: '87-KL/ĐUK', issuingBody: 'Đảng ủy Khối', signer: 'Hoàng Thanh Hải' },
    authors: [author.id],
    body: lexicalDocument([paragraph('Ban Thường vụ kết luận về hội nghị như sau.')]),
  })
  await create(
    { title: 'Bản nháp chưa đăng về hội nghị', coverImage: hall.id, tags: [unused.id] },
    true,
  )
  const reporter = await createUser(t.payload, 'reporter', '-cli-reindex')
  await articleIn(t.payload, 'unpublished', reporter, {
    title: 'Bài đã gỡ về hội nghị',
    publishedAt: day(i++),
  })
  const revised = await create({ title: 'Bài đang đăng về hội nghị', publishedAt: day(i++) })
  await t.payload.update({
    collection: 'articles',
    id: revised.id,
    data: { title: 'Bản sửa chưa duyệt về hội nghị' },
    draft: true,
    overrideAccess: true,
  })
  const scheduled = await create({ title: 'Bài hẹn giờ đăng', publishedAt: day(i++) }, true)
  await t.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: scheduled.id },
      user: { relationTo: 'users', value: reporter.id },
    },
    waitUntil: new Date(Date.now() + 86_400_000),
  })
  // The incremental index: every index job the saves queued, run.
  await drainJobs(t.payload)
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('cms reindex', () => {
  it('answers every query as the incremental index does, and refreshes the derived fields', async () => {
    const incremental = await answers()
    const incrementalIds = await indexedIds()
    expect(incrementalIds).toHaveLength(9)
    // Sanity: the fixture's excluded articles are out of the incremental index too.
    const titles = incremental.flatMap((r) => r.hits.map((h) => h.title))
    expect(titles).toContain('Bài đang đăng về hội nghị')
    for (const title of [
      'Bản nháp chưa đăng về hội nghị',
      'Bài đã gỡ về hội nghị',
      'Bản sửa chưa duyệt về hội nghị',
      'Bài hẹn giờ đăng',
    ])
      expect(titles).not.toContain(title)

    // Derived fields gone wrong (as after a restore of an older backup): reindex corrects them.
    const expectedCredits = (
      await t.payload.findByID({ collection: 'articles', id: reportId, overrideAccess: true })
    ).photoCredits
    expect(expectedCredits?.length).toBeGreaterThan(1)
    await t.payload.db.updateOne({
      collection: 'articles',
      id: reportId,
      data: { photoCredits: [] },
    })
    await t.payload.db.updateOne({ collection: 'tags', id: tagId, data: { publicUse: false } })
    await t.payload.db.updateOne({
      collection: 'tags',
      id: unusedTagId,
      data: { publicUse: true },
    })

    expect(await reindex(t.payload)).toBe(0)

    expect(await indexedIds()).toEqual(incrementalIds)
    expect(await answers()).toEqual(incremental)
    const report = await t.payload.findByID({
      collection: 'articles',
      id: reportId,
      overrideAccess: true,
    })
    expect(report.photoCredits).toEqual(expectedCredits)
    const flag = async (id: string) =>
      (await t.payload.findByID({ collection: 'tags', id, overrideAccess: true })).publicUse
    expect(await flag(tagId)).toBe(true)
    expect(await flag(unusedTagId)).toBe(false)
  }, 180_000)
})

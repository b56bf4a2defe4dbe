import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'
import type { Article, User } from '@/payload-types'
import { closeSearchEngine, getSearchEngine } from '@/search/engine'

import { bootPayload, type TestPayload } from '../../helpers/payload'
import { breakSearchEngine, indexedIds, publishedIds } from '../../helpers/search-outage'
import { createUser } from '../../helpers/users'

let t: TestPayload
let approver: User

const hitIds = async (q: string) =>
  (await (await getSearchEngine()).search({ q, limit: 50 })).hits.map((h) => h.id)

/** Runs due jobs until none are left runnable, the way the CLI does after a command. */
const runJobs = () => drainJobs(t.payload)

async function pendingJobs(): Promise<number> {
  const { totalDocs } = await t.payload.count({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs
}

const publish = (title: string, extra: Partial<Article> = {}) =>
  t.payload.create({
    collection: 'articles',
    data: { title, kind: 'news', _status: 'published', ...extra },
    overrideAccess: true,
    depth: 0,
  })

beforeAll(async () => {
  t = await bootPayload('search-sync')
  approver = await createUser(t.payload, 'approver')
})

afterAll(async () => {
  await closeSearchEngine()
  await t?.cleanup()
})

describe('index sync through the job queue', () => {
  it('indexes published articles, never drafts, and forgets unpublished and deleted ones', async () => {
    const pub = await publish('Hội nghị tổng kết công tác kiểm tra giám sát')
    const draft = await t.payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp kiểm tra giám sát bí mật' },
      draft: true,
      overrideAccess: true,
    })
    await runJobs()
    expect(await hitIds('kiem tra giam sat')).toEqual([pub.id])
    expect(await hitIds('bí mật')).not.toContain(draft.id)

    await t.payload.update({
      collection: 'articles',
      id: pub.id,
      data: { _status: 'draft' },
      user: approver,
      overrideAccess: false,
    })
    await runJobs()
    expect(await hitIds('kiểm tra giám sát')).toEqual([])

    await t.payload.update({
      collection: 'articles',
      id: pub.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    await runJobs()
    expect(await hitIds('tổng kết')).toEqual([pub.id])
    await t.payload.delete({ collection: 'articles', id: pub.id, overrideAccess: true })
    await runJobs()
    expect(await hitIds('tổng kết')).toEqual([])
  })

  it('reindexes articles when a photo caption/credit or an author name changes', async () => {
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'Ảnh', caption: 'Toàn cảnh lễ khánh thành', credit: 'Quang Minh' },
      file: { data: await tinyPng(), mimetype: 'image/png', name: 'a.png', size: 100 },
      overrideAccess: true,
    })
    const author = await t.payload.create({
      collection: 'authors',
      data: { name: 'Lò Văn Phúc' },
      overrideAccess: true,
    })
    const article = await publish('Khánh thành nhà văn hóa thôn', {
      authors: [author.id],
      body: lexicalDocument([
        paragraph('Nhà văn hóa được xây dựng trong ba tháng.'),
        block('photo', { media: media.id }),
      ]),
    })
    await runJobs()
    expect(await hitIds('Quang Minh')).toEqual([article.id])
    expect(await hitIds('Lò Văn Phúc')).toEqual([article.id])

    await t.payload.update({
      collection: 'media',
      id: media.id,
      data: { credit: 'Hải Yến' },
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'authors',
      id: author.id,
      data: { name: 'Hà Thị Thu' },
      overrideAccess: true,
    })
    await runJobs()
    expect(await hitIds('Hải Yến')).toEqual([article.id])
    expect(await hitIds('Quang Minh')).toEqual([])
    expect(await hitIds('Hà Thị Thu')).toEqual([article.id])
  })
})

describe('an engine outage shorter than the retry window loses nothing', () => {
  it('publish, unpublish, edit and delete during the outage all reach the index afterwards', async () => {
    const toUnpublish = await publish('Đại hội Chi bộ Sở Công Thương')
    const toDelete = await publish('Đại hội Chi bộ Sở Ngoại vụ')
    const toEdit = await publish('Đại hội Chi bộ Sở Giáo dục')
    await runJobs()
    expect((await hitIds('dai hoi chi bo')).sort()).toEqual(
      [toUnpublish.id, toDelete.id, toEdit.id].sort(),
    )

    const outage = await breakSearchEngine()
    const titles = [
      'Đại hội Chi bộ Sở Tư pháp',
      'Đại hội Chi bộ Sở Y tế',
      'Đại hội Chi bộ Sở Xây dựng',
    ]
    const created = []
    for (const title of titles) created.push(await publish(title))
    await t.payload.update({
      collection: 'articles',
      id: toUnpublish.id,
      data: { _status: 'draft' },
      user: approver,
      overrideAccess: false,
    })
    await t.payload.delete({ collection: 'articles', id: toDelete.id, overrideAccess: true })
    await t.payload.update({
      collection: 'articles',
      id: toEdit.id,
      data: { title: 'Đại hội Chi bộ Sở Giáo dục và Đào tạo' },
      overrideAccess: true,
    })
    await runJobs()
    expect(await pendingJobs()).toBe(titles.length + 3)
    expect(await hitIds('tu phap')).toEqual([])

    outage.down = false
    const deadline = Date.now() + 30_000
    while ((await pendingJobs()) > 0 && Date.now() < deadline) await runJobs()
    outage.end()
    expect(await pendingJobs()).toBe(0)
    const expected = [...created.map((a) => a.id), toEdit.id].sort()
    expect((await hitIds('đại hội chi bộ')).sort()).toEqual(expected)
    expect(await indexedIds()).toEqual(await publishedIds(t.payload))
    expect(await hitIds('đào tạo')).toEqual([toEdit.id])
  })
})

async function tinyPng(): Promise<Buffer> {
  const sharp = (await import('sharp')).default
  return sharp({ create: { width: 16, height: 16, channels: 3, background: '#aa3333' } })
    .png()
    .toBuffer()
}

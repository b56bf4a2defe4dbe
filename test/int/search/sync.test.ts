import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'
import type { Article, User } from '@/payload-types'
import { closeSearchEngine, getSearchEngine } from '@/search/engine'
import type { SearchEngine } from '@/search/types'

import { bootPayload, type TestPayload } from '../../helpers/payload'
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

describe('an engine outage loses nothing', () => {
  it('saves succeed while the engine is down, jobs retry, and every article is found afterwards', async () => {
    const real = await getSearchEngine()
    let down = true
    const failing = new Proxy(real, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (down && (prop === 'upsert' || prop === 'remove'))
            return Promise.reject(new Error('engine unreachable'))
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      },
    }) as SearchEngine
    const store = globalThis as typeof globalThis & { __cmsSearchEngine?: Promise<SearchEngine> }
    store.__cmsSearchEngine = Promise.resolve(failing)

    const titles = [
      'Đại hội Chi bộ Sở Tư pháp',
      'Đại hội Chi bộ Sở Y tế',
      'Đại hội Chi bộ Sở Xây dựng',
    ]
    const created = []
    for (const title of titles) created.push(await publish(title))
    await runJobs()
    expect(await pendingJobs()).toBe(titles.length)
    expect(await hitIds('dai hoi chi bo')).toEqual([])

    down = false
    const deadline = Date.now() + 30_000
    while ((await pendingJobs()) > 0 && Date.now() < deadline) await runJobs()
    expect(await pendingJobs()).toBe(0)
    expect((await hitIds('đại hội chi bộ')).sort()).toEqual(created.map((a) => a.id).sort())
    store.__cmsSearchEngine = Promise.resolve(real)
  })
})

async function tinyPng(): Promise<Buffer> {
  const sharp = (await import('sharp')).default
  return sharp({ create: { width: 16, height: 16, channels: 3, background: '#aa3333' } })
    .png()
    .toBuffer()
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Media, Tag, Topic } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pngBytes } from '../../../helpers/staff'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

/*
 * Topics (chuyên đề): readers never see a draft topic, the unpublished edit of a published one,
 * or an unpublished article through REST, GraphQL or the site's own reads; a topic's articles
 * are the union of its hand-picked list and its tag rule, de-duplicated, newest first; its
 * banner is public exactly while a published topic shows it.
 */
let t: TestPayload
let api: ApiServer
let site: typeof import('@/site/data/topics')
const tokens = {} as Record<TestRole, string>
const SECRET = 'Chuyên đề nháp bí mật'
const EDIT = 'Tên sửa chưa duyệt'

let tagA: Tag
let tagB: Tag
const a = {} as Record<'oldTagged' | 'newPicked' | 'draftTagged' | 'both' | 'outside', Article>
let topic: Topic
let draftTopic: Topic
let banner: Media
let draftBanner: Media

const call = (who: TestRole | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

const DAY = 24 * 60 * 60 * 1000
async function article(title: string, days: number, tags: string[], draft = false) {
  return t.payload.create({
    collection: 'articles',
    data: {
      title,
      kind: 'news',
      tags,
      publishedAt: new Date(Date.UTC(2026, 10, 1) + days * DAY).toISOString(),
      _status: draft ? 'draft' : 'published',
    },
    draft,
    overrideAccess: true,
  })
}

async function media(alt: string): Promise<Media> {
  const data = await pngBytes('#884422')
  return t.payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `${alt.length}-banner.png`, size: data.length },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  t = await bootPayload('topics')
  site = await import('@/site/data/topics')
  api = await startApiServer(t.payload.config)
  for (const role of ['admin', 'editor', 'reporter'] as const) {
    const user = await createUser(t.payload, role)
    tokens[role] = await loginToken(api.url, user.email, passwordFor(role))
  }
  tagA = await t.payload.create({ collection: 'tags', data: { name: 'Đại hội' } })
  tagB = await t.payload.create({ collection: 'tags', data: { name: 'Chuyển đổi số' } })
  a.oldTagged = await article('Bài cũ theo từ khóa', 1, [tagA.id])
  a.newPicked = await article('Bài mới chọn tay', 9, [])
  a.draftTagged = await article('Bài nháp không được lộ', 10, [tagA.id], true)
  a.both = await article('Bài vừa chọn vừa có từ khóa', 5, [tagB.id])
  a.outside = await article('Bài ngoài chuyên đề', 7, [])
  banner = await media('Ảnh banner chuyên đề đại hội')
  draftBanner = await media('Ảnh banner nháp')
  topic = await t.payload.create({
    collection: 'topics',
    data: {
      title: 'Đại hội Đảng bộ các cấp',
      description: 'Mô tả',
      banner: banner.id,
      featured: true,
      articles: [a.newPicked.id, a.draftTagged.id, a.both.id],
      tags: [tagA.id, tagB.id],
      _status: 'published',
    },
    overrideAccess: true,
  })
  draftTopic = await t.payload.create({
    collection: 'topics',
    data: {
      title: SECRET,
      banner: draftBanner.id,
      featured: true,
      articles: [a.outside.id],
      _status: 'draft',
    },
    draft: true,
    overrideAccess: true,
  })
  await t.payload.update({
    collection: 'topics',
    id: topic.id,
    data: { title: EDIT },
    draft: true,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('the topic record', () => {
  it('gets a Vietnamese-aware slug from its title', () => {
    expect(topic.slug).toBe('dai-hoi-dang-bo-cac-cap')
  })
})

describe('anonymous readers', () => {
  it('see published topics only over REST, never a draft or an unpublished edit', async () => {
    for (const query of ['?limit=100', '?limit=100&draft=true']) {
      const res = await call('anon', 'GET', `/api/topics${query}`)
      expect(res.status).toBe(200)
      const docs = res.json.docs as Topic[]
      expect(docs.map((d) => d.id)).toEqual([topic.id])
      expect(docs[0]?.title).toBe('Đại hội Đảng bộ các cấp')
      expect(JSON.stringify(res.json)).not.toContain(SECRET)
      expect(JSON.stringify(res.json)).not.toContain(EDIT)
    }
    expect((await call('anon', 'GET', `/api/topics/${draftTopic.id}`)).status).toBe(404)
    expect((await call('anon', 'GET', `/api/topics/${draftTopic.id}?draft=true`)).status).toBe(404)
    expect((await call('anon', 'GET', `/api/topics/${topic.id}?draft=true`)).json.title).toBe(
      'Đại hội Đảng bộ các cấp',
    )
    expect((await call('anon', 'GET', '/api/topics/versions')).status).toBe(403)
    expect((await call('anon', 'GET', '/api/topics/count')).json.totalDocs).toBe(1)
  })

  it('never get an unpublished article through a published topic (REST depth)', async () => {
    const res = await call('anon', 'GET', `/api/topics/${topic.id}?depth=1`)
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.json)).not.toContain('Bài nháp không được lộ')
  })

  it('see published topics only over GraphQL', async () => {
    const res = await call('anon', 'POST', '/api/graphql', {
      query: `{
        Topics(limit: 100, draft: true) { docs { id title articles { id title } } }
        d: Topic(id: "${draftTopic.id}", draft: true) { id title }
      }`,
    })
    const data = res.json.data as { Topics: { docs: Topic[] }; d: Topic | null }
    expect(data.Topics.docs.map((d) => d.id)).toEqual([topic.id])
    expect(data.d).toBeNull()
    const text = JSON.stringify(res.json)
    for (const secret of [SECRET, EDIT, 'Bài nháp không được lộ'])
      expect(text).not.toContain(secret)
  })

  it('read the banner of a published topic, not that of a draft one', async () => {
    expect((await call('anon', 'GET', `/api/media/${banner.id}`)).status).toBe(200)
    expect((await call('anon', 'GET', `/api/media/${draftBanner.id}`)).status).toBe(404)
  })
})

describe('staff', () => {
  it('reporters read drafts but cannot write; editors write', async () => {
    const list = await call('reporter', 'GET', '/api/topics?limit=100&draft=true')
    expect((list.json.docs as Topic[]).map((d) => d.id).sort()).toEqual(
      [topic.id, draftTopic.id].sort(),
    )
    const refused = await call('reporter', 'POST', '/api/topics', { title: 'Của phóng viên' })
    expect(refused.status).toBe(403)
    const made = await call('editor', 'POST', '/api/topics', { title: 'Chuyên đề mới' })
    expect(made.status).toBe(201)
  })
})

describe("the site's reads", () => {
  it('find a published topic by slug, not a draft one', async () => {
    expect((await site.getTopicBySlug('dai-hoi-dang-bo-cac-cap'))?.topic.title).toBe(
      'Đại hội Đảng bộ các cấp',
    )
    expect(await site.getTopicBySlug(draftTopic.slug ?? '')).toBeNull()
  })

  it('list the union of picked and tagged published articles, once each, newest first', async () => {
    const page = await site.topicArticles(topic, 1, 10)
    expect(page.docs.map((d) => d.title)).toEqual([
      'Bài mới chọn tay',
      'Bài vừa chọn vừa có từ khóa',
      'Bài cũ theo từ khóa',
    ])
    expect(page.totalDocs).toBe(3)
    const first = await site.topicArticles(topic, 1, 2)
    const second = await site.topicArticles(topic, 2, 2)
    expect(first.totalPages).toBe(2)
    expect(second.docs.map((d) => d.id)).toEqual([a.oldTagged.id])
  })

  it('link an article to the published topics that hold it, by hand or by tag', async () => {
    const titles = async (x: Article) => (await site.topicsOfArticle(x)).map((l) => l.title)
    expect(await titles(a.oldTagged)).toEqual(['Đại hội Đảng bộ các cấp'])
    expect(await titles(a.newPicked)).toEqual(['Đại hội Đảng bộ các cấp'])
    // Only the draft topic picks it: no link.
    expect(await titles(a.outside)).toEqual([])
  })

  it('show only featured published topics on the home strip, with their banner', async () => {
    const strip = await site.featuredTopics()
    expect(strip.map((s) => s.topic.id)).toEqual([topic.id])
    expect(strip[0]?.banner?.alt).toBe('Ảnh banner chuyên đề đại hội')
  })
})

describe('the public-use backfill (migrations, MongoDB start)', () => {
  it("restores a published topic's banner flag", async () => {
    const { createLocalReq } = await import('payload')
    const { backfillPublicUse } = await import('@/collections/Media/public-use')
    await t.payload.db.updateOne({ collection: 'media', id: banner.id, data: { publicUse: false } })
    expect((await call('anon', 'GET', `/api/media/${banner.id}`)).status).toBe(404)
    await backfillPublicUse(t.payload, await createLocalReq({}, t.payload))
    expect((await call('anon', 'GET', `/api/media/${banner.id}`)).status).toBe(200)
    expect((await call('anon', 'GET', `/api/media/${draftBanner.id}`)).status).toBe(404)
  })
})

describe('unpublishing a topic', () => {
  it('hides it and makes its banner private again', async () => {
    await t.payload.update({
      collection: 'topics',
      id: topic.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await call('anon', 'GET', `/api/topics/${topic.id}`)).status).toBe(404)
    expect((await call('anon', 'GET', `/api/media/${banner.id}`)).status).toBe(404)
    expect(await site.getTopicBySlug('dai-hoi-dang-bo-cac-cap')).toBeNull()
    expect(await site.topicsOfArticle(a.oldTagged)).toEqual([])
  })
})

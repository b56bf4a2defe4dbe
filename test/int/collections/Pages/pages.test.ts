import { type MigrateUpArgs as MigrateArgs, sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Leader, Media, Page } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { jsonCall, loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pngBytes } from '../../../helpers/staff'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

/*
 * Standing pages on a real Payload over HTTP: readers never see a draft page or the unpublished
 * edit of a published one (REST, GraphQL, the site's page tree); nested pages get nested paths;
 * editors save drafts but only approvers and admins publish, unpublish or change the live page;
 * leaders' portraits are public exactly while a published page lists them; parent cycles and
 * deleting a page with sub-pages are refused; the old category menu migrates to the header menu.
 */
let t: TestPayload
let api: ApiServer
const tokens = {} as Record<TestRole, string>
const SECRET = 'Trang nháp tuyệt mật'
const EDIT = 'Tiêu đề sửa chưa duyệt'
let root: Page
let organisation: Page
let nested: Page
let draft: Page
let leader: Leader
let draftLeader: Leader
let portrait: Media
let draftPortrait: Media

const call = (who: TestRole | 'anon', method: string, path: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, path, body)

async function media(alt: string): Promise<Media> {
  const data = await pngBytes('#225588')
  return t.payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `${alt.length}-chan-dung.png`, size: data.length },
    overrideAccess: true,
  })
}

const page = (data: Record<string, unknown>, isDraft = false) =>
  t.payload.create({
    collection: 'pages',
    data: { ...data, _status: isDraft ? 'draft' : 'published' } as never,
    draft: isDraft,
    overrideAccess: true,
  })

const publicUse = async (id: string) =>
  (await t.payload.findByID({ collection: 'media', id, overrideAccess: true })).publicUse

beforeAll(async () => {
  t = await bootPayload('pages')
  api = await startApiServer(t.payload.config)
  for (const role of ['admin', 'approver', 'editor', 'reporter'] as const) {
    const user = await createUser(t.payload, role)
    tokens[role] = await loginToken(api.url, user.email, passwordFor(role))
  }
  portrait = await media('Chân dung lãnh đạo')
  draftPortrait = await media('Chân dung lãnh đạo chưa công bố')
  leader = await t.payload.create({
    collection: 'leaders',
    data: { name: 'Nguyễn Văn A', position: 'Bí thư', photo: portrait.id, _status: 'published' },
    overrideAccess: true,
  })
  draftLeader = await t.payload.create({
    collection: 'leaders',
    data: {
      name: 'Người chưa công bố',
      position: 'Ủy viên',
      photo: draftPortrait.id,
      _status: 'draft',
    },
    draft: true,
    overrideAccess: true,
  })
  root = await page({ title: 'Giới thiệu', slug: 'gioi-thieu' })
  organisation = await page({ title: 'Cơ cấu tổ chức', parent: root.id, order: 1 })
  nested = await page({
    title: 'Ban Tuyên giáo',
    parent: organisation.id,
    layout: [{ blockType: 'richText', content: null }],
  })
  draft = await page({ title: SECRET, parent: root.id }, true)
  await t.payload.update({
    collection: 'pages',
    id: organisation.id,
    data: { title: EDIT },
    draft: true,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('readers', () => {
  it('list and read published pages only over REST, also with ?draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const list = await call('anon', 'GET', `/api/pages${query}${query ? '&' : '?'}limit=100`)
      expect(list.status).toBe(200)
      const text = JSON.stringify(list.json)
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain(EDIT)
      expect(text).toContain('Cơ cấu tổ chức')
    }
    expect([403, 404]).toContain((await call('anon', 'GET', `/api/pages/${draft.id}`)).status)
    const byId = await call('anon', 'GET', `/api/pages/${organisation.id}?draft=true`)
    expect(byId.json.title).toBe('Cơ cấu tổ chức')
    expect(byId.json.mediaRefs).toBeUndefined()
    expect((await call('anon', 'GET', '/api/pages/versions')).status).toBe(403)
  })

  it('never get a draft through GraphQL', async () => {
    const res = await call('anon', 'POST', '/api/graphql', {
      query: `{ Pages(draft: true, limit: 100) { docs { title } } Page(id: "${organisation.id}", draft: true) { title } }`,
    })
    const text = JSON.stringify(res.json)
    expect(text).toContain('Cơ cấu tổ chức')
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(EDIT)
  })

  it('get a page tree of published pages with nested paths', async () => {
    const { getPageTree } = await import('@/site/data/pages')
    const tree = await getPageTree()
    expect(tree.pathOf.get(root.id)).toBe('/gioi-thieu')
    expect(tree.pathOf.get(nested.id)).toBe('/gioi-thieu/co-cau-to-chuc/ban-tuyen-giao')
    expect(tree.byId.has(draft.id)).toBe(false)
    expect(tree.byId.get(organisation.id)?.title).toBe('Cơ cấu tổ chức')
  })

  it('staff read drafts and versions', async () => {
    const res = await call('reporter', 'GET', `/api/pages/${draft.id}?draft=true`)
    expect(res.json.title).toBe(SECRET)
    expect((await call('reporter', 'GET', '/api/pages/versions')).status).toBe(200)
  })
})

describe('publishing rights', () => {
  it('editors save drafts but cannot publish, edit the live page or unpublish', async () => {
    const created = await call('editor', 'POST', '/api/pages', { title: 'Trang mới của biên tập' })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    const publish = await call('editor', 'PATCH', `/api/pages/${id}`, { _status: 'published' })
    expect(publish.status).toBe(403)
    expect(JSON.stringify(publish.json)).toContain('lãnh đạo duyệt bài')
    const asDraft = await call('editor', 'PATCH', `/api/pages/${organisation.id}?draft=true`, {
      title: 'Bản nháp của biên tập',
    })
    expect(asDraft.status).toBe(200)
    const live = await call('editor', 'PATCH', `/api/pages/${organisation.id}`, {
      title: 'Sửa trực tiếp',
    })
    expect(live.status).toBe(403)
    const unpublish = await call('editor', 'PATCH', `/api/pages/${organisation.id}`, {
      _status: 'draft',
    })
    expect(unpublish.status).toBe(403)
    const stored = await t.payload.findByID({
      collection: 'pages',
      id: organisation.id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ title: 'Cơ cấu tổ chức', _status: 'published' })
    expect((await call('editor', 'DELETE', `/api/pages/${organisation.id}`)).status).toBe(403)
  })

  it('approvers publish', async () => {
    const created = await call('editor', 'POST', '/api/pages', { title: 'Trang chờ duyệt' })
    const id = (created.json.doc as { id: string }).id
    const res = await call('approver', 'PATCH', `/api/pages/${id}`, { _status: 'published' })
    expect(res.status).toBe(200)
    expect(res.json.doc).toMatchObject({ _status: 'published', slug: 'trang-cho-duyet' })
  })

  it('refuses a parent cycle and deleting a page with sub-pages', async () => {
    const cycle = await call('admin', 'PATCH', `/api/pages/${organisation.id}?draft=true`, {
      parent: nested.id,
    })
    expect(cycle.status).toBe(400)
    const del = await call('admin', 'DELETE', `/api/pages/${organisation.id}`)
    expect(del.status).toBe(409)
    expect(JSON.stringify(del.json)).toContain('Ban Tuyên giáo')
  })
})

describe("leaders' portraits", () => {
  it('are public only while a published page lists the published leader', async () => {
    expect(await publicUse(portrait.id)).toBe(false)
    const leaders = await page({
      title: 'Lãnh đạo',
      parent: root.id,
      layout: [{ blockType: 'leaderList' }],
    })
    expect(await publicUse(portrait.id)).toBe(true)
    expect(await publicUse(draftPortrait.id)).toBe(false)
    const anon = await call('anon', 'GET', `/api/media/${portrait.id}`)
    expect(anon.status).toBe(200)
    // Picking another leader in a draft changes nothing; publishing it does.
    await t.payload.update({
      collection: 'pages',
      id: leaders.id,
      data: { layout: [{ blockType: 'leaderList', leaders: [draftLeader.id] }] },
      draft: true,
      overrideAccess: true,
    })
    expect(await publicUse(portrait.id)).toBe(true)
    await t.payload.update({
      collection: 'pages',
      id: leaders.id,
      data: {
        layout: [{ blockType: 'leaderList', leaders: [draftLeader.id] }],
        _status: 'published',
      },
      overrideAccess: true,
    })
    expect(await publicUse(portrait.id)).toBe(false)
    expect(await publicUse(draftPortrait.id)).toBe(false)
    await t.payload.update({
      collection: 'leaders',
      id: draftLeader.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(await publicUse(draftPortrait.id)).toBe(true)
    await t.payload.update({
      collection: 'pages',
      id: leaders.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(await publicUse(draftPortrait.id)).toBe(false)
  })

  it('survive the public-use backfill', async () => {
    await page({
      title: 'Lãnh đạo 2',
      parent: root.id,
      layout: [{ blockType: 'leaderList', leaders: [leader.id] }],
    })
    expect(await publicUse(portrait.id)).toBe(true)
    const { createLocalReq } = await import('payload')
    const { backfillPublicUse } = await import('@/collections/Media/public-use')
    await t.payload.update({
      collection: 'media',
      id: portrait.id,
      data: { publicUse: false },
      overrideAccess: true,
      context: { mediaPublicUseSync: true },
    })
    await backfillPublicUse(t.payload, await createLocalReq({}, t.payload))
    expect(await publicUse(portrait.id)).toBe(true)
  })
})

describe('the menu migration', () => {
  it("turns the site settings' category menu into header items, in order", async () => {
    // Down and up again through the migration itself, with the old menu rows in between.
    const migration = await import('@/migrations/sqlite/20261130_000414_pages')
    const { createLocalReq } = await import('payload')
    const db = (t.payload.db as unknown as { drizzle: MigrateArgs['db'] }).drizzle
    const args = { db, payload: t.payload, req: await createLocalReq({}, t.payload) }
    const [a, b] = await Promise.all(
      ['Tin tức', 'Xây dựng Đảng'].map((title) =>
        t.payload.create({ collection: 'categories', data: { title }, overrideAccess: true }),
      ),
    )
    await t.payload.updateGlobal({ slug: 'site', data: { name: 'Cổng thử' }, overrideAccess: true })
    // The English migration moves this one's page columns: down before it, up again after it.
    const { migrations } = await import('@/migrations/sqlite')
    const later = migrations.filter((m) => m.name.endsWith('_english'))
    for (const m of [...later].reverse()) await m.down(args as never)
    await migration.down(args as never)
    const [site] = await db.all<{ id: string }>(sql`SELECT id FROM site`)
    for (const [i, category] of [b!, a!].entries())
      await db.run(
        sql`INSERT INTO site_rels ("order", parent_id, path, categories_id) VALUES (${i + 1}, ${site!.id}, 'mainNav', ${category.id})`,
      )
    await migration.up(args as never)
    for (const m of later) await m.up(args as never)
    const nav = await t.payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: true })
    expect(nav.header?.map((item) => [item.kind, item.category])).toEqual([
      ['category', b!.id],
      ['category', a!.id],
    ])
  })
})

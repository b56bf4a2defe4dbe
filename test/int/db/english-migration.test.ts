import { randomUUID } from 'node:crypto'

import { type MigrateUpArgs as MigrateArgs, sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument, paragraph } from '@/lib/lexical/build'

import { bootPayload, type TestPayload } from '../../helpers/payload'

/*
 * The migration that makes the English versions possible (issue 12 §2) must not lose the
 * Vietnamese content: the fields made localised move from their tables to `*_locales` tables,
 * which Payload's generated migration would do by dropping the old columns. Here a database is
 * taken down to the level before that migration with content in it — written by Payload, then
 * moved back by the migration's `down`, plus rows inserted with SQL at that level as the old
 * code wrote them (documents, versions, page blocks) — migrated up again, and read through the
 * Local API: every Vietnamese value is intact, in documents and in versions, and article
 * versions (whose tables gained columns) still load.
 */
let t: TestPayload
let db: MigrateArgs['db']
let args: { db: MigrateArgs['db']; payload: TestPayload['payload']; req: unknown }
const ids = { page: '', leader: '', unit: '', article: '', rawPage: '', rawVersion: '' }

const body = (text: string) => lexicalDocument([paragraph(text)])

async function migration() {
  const { migrations } = await import('@/migrations/sqlite')
  const last = migrations.find((m) => m.name.endsWith('_english'))
  if (!last) throw new Error('the english migration is missing')
  return last
}

beforeAll(async () => {
  t = await bootPayload('english-migration')
  db = (t.payload.db as unknown as { drizzle: MigrateArgs['db'] }).drizzle
  const { createLocalReq } = await import('payload')
  args = { db, payload: t.payload, req: await createLocalReq({}, t.payload) }
  const p = t.payload
  const page = await p.create({
    collection: 'pages',
    data: {
      title: 'Chức năng, nhiệm vụ',
      slug: 'chuc-nang-nhiem-vu',
      description: 'Mô tả cũ',
      layout: [{ blockType: 'richText', heading: 'Nhiệm vụ', content: body('Lãnh đạo toàn diện') }],
      _status: 'published',
    },
    overrideAccess: true,
  })
  // A draft on top: the version tables hold a title the main table does not.
  await p.update({
    collection: 'pages',
    id: page.id,
    data: { title: 'Chức năng (bản nháp)' },
    draft: true,
    overrideAccess: true,
  })
  const leader = await p.create({
    collection: 'leaders',
    data: {
      name: 'Nguyễn Văn A',
      position: 'Bí thư Đảng ủy Khối',
      biography: body('Sinh năm 1972'),
      _status: 'published',
    },
    overrideAccess: true,
  })
  const unit = await p.create({
    collection: 'units',
    data: {
      name: 'Văn phòng Đảng ủy Khối',
      head: { name: 'Trần B', position: 'Chánh Văn phòng' },
      description: 'Tham mưu tổng hợp',
      contact: { address: 'Số 1 đường Trung tâm', phone: '0200' },
      _status: 'published',
    },
    overrideAccess: true,
  })
  await p.updateGlobal({
    slug: 'site',
    data: { name: 'Cổng Đảng ủy Khối', tagline: 'Khẩu hiệu', contact: { hours: 'Sáng 7:30' } },
    overrideAccess: true,
  })
  const article = await p.create({
    collection: 'articles',
    data: { title: 'Bài có phiên bản', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  Object.assign(ids, { page: page.id, leader: leader.id, unit: unit.id, article: article.id })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('the english migration', () => {
  it('moves the Vietnamese values back into their columns on down', async () => {
    await (await migration()).down(args as never)
    const [page] = await db.all<{ title: string; description: string }>(
      sql`SELECT title, description FROM pages WHERE id = ${ids.page}`,
    )
    expect(page).toEqual({ title: 'Chức năng, nhiệm vụ', description: 'Mô tả cũ' })
    const versions = await db.all<{ version_title: string }>(
      sql`SELECT version_title FROM _pages_v WHERE parent_id = ${ids.page} ORDER BY created_at`,
    )
    expect(versions.map((v) => v.version_title)).toContain('Chức năng (bản nháp)')
    const [leader] = await db.all<{ position: string }>(
      sql`SELECT position FROM leaders WHERE id = ${ids.leader}`,
    )
    expect(leader?.position).toBe('Bí thư Đảng ủy Khối')
    const [site] = await db.all<{ name: string }>(sql`SELECT name FROM site`)
    expect(site?.name).toBe('Cổng Đảng ủy Khối')
    const blocks = await db.all<{ heading: string }>(
      sql`SELECT heading FROM pages_blocks_rich_text WHERE _parent_id = ${ids.page}`,
    )
    expect(blocks).toEqual([{ heading: 'Nhiệm vụ' }])
  })

  it('keeps every Vietnamese value, also of rows written by the old code, on up', async () => {
    // Rows as the code before localisation wrote them: a page with a block and its version.
    ids.rawPage = randomUUID()
    ids.rawVersion = randomUUID()
    const content = JSON.stringify(body('Nội dung cũ'))
    const stamp = new Date().toISOString()
    await db.run(
      sql`INSERT INTO pages (id, title, description, slug, _status) VALUES (${ids.rawPage}, 'Lịch sử hình thành', 'Từ năm 1990', 'lich-su', 'published')`,
    )
    await db.run(
      sql`INSERT INTO pages_blocks_rich_text (_order, _parent_id, _path, id, heading, content) VALUES (1, ${ids.rawPage}, 'layout', ${randomUUID()}, 'Các thời kỳ', ${content})`,
    )
    await db.run(
      sql`INSERT INTO _pages_v (id, parent_id, version_title, version_slug, version__status, version_created_at, version_updated_at, latest) VALUES (${ids.rawVersion}, ${ids.rawPage}, 'Lịch sử hình thành', 'lich-su', 'published', ${stamp}, ${stamp}, 1)`,
    )
    await db.run(
      sql`INSERT INTO _pages_v_blocks_rich_text (_order, _parent_id, _path, id, heading, content, _uuid) VALUES (1, ${ids.rawVersion}, 'version.layout', ${randomUUID()}, 'Các thời kỳ', ${content}, ${randomUUID()})`,
    )
    await (await migration()).up(args as never)
    const p = t.payload

    const page = await p.findByID({ collection: 'pages', id: ids.page, overrideAccess: true })
    expect(page.title).toBe('Chức năng, nhiệm vụ')
    expect(page.description).toBe('Mô tả cũ')
    expect(page.layout?.map((b) => (b.blockType === 'richText' ? b.heading : null))).toEqual([
      'Nhiệm vụ',
    ])
    const draft = await p.findByID({
      collection: 'pages',
      id: ids.page,
      draft: true,
      overrideAccess: true,
    })
    expect(draft.title).toBe('Chức năng (bản nháp)')
    const english = await p.findByID({
      collection: 'pages',
      id: ids.page,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(english.title ?? null).toBeNull()
    expect(english.layout ?? []).toEqual([])

    const raw = await p.findByID({ collection: 'pages', id: ids.rawPage, overrideAccess: true })
    expect(raw.title).toBe('Lịch sử hình thành')
    expect(raw.description).toBe('Từ năm 1990')
    expect(JSON.stringify(raw.layout)).toContain('Nội dung cũ')
    const { docs: rawVersions } = await p.findVersions({
      collection: 'pages',
      where: { parent: { equals: ids.rawPage } },
      overrideAccess: true,
    })
    expect(rawVersions.map((v) => v.version.title)).toEqual(['Lịch sử hình thành'])
    expect(JSON.stringify(rawVersions[0]?.version.layout)).toContain('Nội dung cũ')

    const leader = await p.findByID({ collection: 'leaders', id: ids.leader, overrideAccess: true })
    expect(leader.position).toBe('Bí thư Đảng ủy Khối')
    expect(JSON.stringify(leader.biography)).toContain('Sinh năm 1972')
    const unit = await p.findByID({ collection: 'units', id: ids.unit, overrideAccess: true })
    expect(unit.name).toBe('Văn phòng Đảng ủy Khối')
    expect(unit.head).toMatchObject({ name: 'Trần B', position: 'Chánh Văn phòng' })
    expect(unit.description).toBe('Tham mưu tổng hợp')
    expect(unit.contact).toMatchObject({ address: 'Số 1 đường Trung tâm', phone: '0200' })
    const site = await p.findGlobal({ slug: 'site', overrideAccess: true })
    expect(site).toMatchObject({ name: 'Cổng Đảng ủy Khối', tagline: 'Khẩu hiệu' })
    expect(site.contact?.hours).toBe('Sáng 7:30')

    const { docs: articleVersions } = await p.findVersions({
      collection: 'articles',
      where: { parent: { equals: ids.article } },
      overrideAccess: true,
    })
    expect(articleVersions.map((v) => v.version.title)).toContain('Bài có phiên bản')
  })

  it('leaves a database that takes English beside the Vietnamese', async () => {
    await t.payload.update({
      collection: 'pages',
      id: ids.rawPage,
      locale: 'en',
      data: { title: 'History' },
      overrideAccess: true,
    })
    const vi = await t.payload.findByID({
      collection: 'pages',
      id: ids.rawPage,
      overrideAccess: true,
    })
    expect(vi.title).toBe('Lịch sử hình thành')
    expect(JSON.stringify(vi.layout)).toContain('Nội dung cũ')
  })
})

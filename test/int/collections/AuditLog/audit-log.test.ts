/**
 * The audit trail on a real Payload over real HTTP: an entry for each audited action (who, what,
 * which document, from which address, what changed), entries that nobody can alter or delete by
 * REST, GraphQL or the Local API, reading for admins only, the CSV export parsed back, and the
 * retention run deleting only entries past the period.
 */
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import { createLocalReq, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AUDIT_WRITE_FLAG } from '@/collections/AuditLog/context-flags'
import { recordStageTransition } from '@/collections/AuditLog/record'
import { pruneAuditLog } from '@/collections/AuditLog/retention'
import { importPaths } from '@/import/run'
import type { AuditLog, User } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { pngBytes } from '../../../helpers/staff'
import { createUser, passwordFor, type TestRole } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
const users = {} as Record<TestRole, User>
const tokens = {} as Record<TestRole, string>
/** Express would put the client's address in this header; here the test plays Express. */
const IP = '203.0.113.7'

async function call(who: TestRole | 'anon', method: string, route: string, body?: unknown) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-portal-client-ip': IP,
  }
  if (who !== 'anon') headers.authorization = `JWT ${tokens[who]}`
  const res = await fetch(`${api.url}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // CSV and other non-JSON bodies are read from `text`
  }
  return { status: res.status, json, text, bytes, headers: res.headers }
}

const gql = async (who: TestRole, query: string) =>
  (await call(who, 'POST', '/api/graphql', { query })).json as {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string }>
  }

async function entries(where: Where): Promise<AuditLog[]> {
  const { docs } = await t.payload.find({
    collection: 'audit-log',
    where,
    sort: '-at',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

const login = (email: string, password: string) =>
  call('anon', 'POST', '/api/users/login', { email, password })

beforeAll(async () => {
  t = await bootPayload('audit')
  api = await startApiServer(t.payload.config)
  for (const role of ['admin', 'approver', 'editor', 'reporter'] as const) {
    users[role] = await createUser(t.payload, role)
    const res = await login(users[role].email, passwordFor(role))
    tokens[role] = res.json.token as string
  }
}, 120_000)

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('entries', () => {
  it('records logins with the person and the address', async () => {
    const [entry] = await entries({
      and: [{ action: { equals: 'login' } }, { actor: { equals: users.editor.id } }],
    })
    expect(entry).toMatchObject({ actorEmail: users.editor.email, ip: IP, collectionSlug: 'users' })
  })

  it('records failed logins over REST and GraphQL, unknown accounts included', async () => {
    expect((await login(users.reporter.email, 'sai-mat-khau')).status).toBe(401)
    const graph = await gql(
      'reporter',
      'mutation { loginUser(email: "khong-co@test.vn", password: "x") { token } }',
    )
    expect(graph.errors?.length).toBeGreaterThan(0)
    const failed = await entries({ action: { equals: 'login-failed' } })
    const byAccount = new Map(failed.map((e) => [e.actorEmail, e]))
    expect(byAccount.get(users.reporter.email)).toMatchObject({ ip: IP, actor: null })
    expect(byAccount.get('khong-co@test.vn')?.summary).toMatch(/^401/)
  })

  it('records a new account and a change of roles with old → new', async () => {
    const user = await createUser(t.payload, 'reporter', '-roles')
    const [created] = await entries({
      and: [{ action: { equals: 'create' } }, { documentId: { equals: user.id } }],
    })
    expect(created?.summary).toBe('roles: ∅ → [reporter]')
    const res = await call('admin', 'PATCH', `/api/users/${user.id}`, { roles: ['editor'] })
    expect(res.status).toBe(200)
    const [changed] = await entries({
      and: [{ action: { equals: 'role-change' } }, { documentId: { equals: user.id } }],
    })
    expect(changed).toMatchObject({
      actor: users.admin.id,
      ip: IP,
      summary: 'roles: [reporter] → [editor]',
    })
    // A change that grants nothing (the name) is not a role change.
    await call('admin', 'PATCH', `/api/users/${user.id}`, { name: 'Tên mới' })
    expect(
      await entries({
        and: [{ action: { equals: 'role-change' } }, { documentId: { equals: user.id } }],
      }),
    ).toHaveLength(1)
  })

  it('records stage moves, publish, unpublish and version restores, but not draft saves', async () => {
    // The editor files the piece and forwards it; the approver publishes it (issue 11 stages).
    const created = await call('editor', 'POST', '/api/articles?draft=true', {
      title: 'Bài kiểm tra nhật ký',
      kind: 'news',
      stage: 'editing',
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    const forDoc = (action: string) =>
      entries({ and: [{ action: { equals: action } }, { documentId: { equals: id } }] })
    expect(
      (await call('editor', 'PATCH', `/api/articles/${id}?draft=true`, { stage: 'approval' }))
        .status,
    ).toBe(200)

    expect(
      (await call('approver', 'PATCH', `/api/articles/${id}`, { _status: 'published' })).status,
    ).toBe(200)
    expect(await forDoc('publish')).toHaveLength(1)
    expect((await forDoc('publish'))[0]).toMatchObject({
      actor: users.approver.id,
      documentTitle: 'Bài kiểm tra nhật ký',
    })

    // A draft saved over the published article: readers still see the published one.
    const draft = await call('editor', 'PATCH', `/api/articles/${id}?draft=true`, {
      title: 'Bản nháp sửa',
      _status: 'draft',
    })
    expect(draft.status).toBe(200)
    expect(await forDoc('unpublish')).toHaveLength(0)

    expect(
      (
        await call('approver', 'PATCH', `/api/articles/${id}`, {
          stage: 'unpublished',
          stageReason: 'Kiểm thử gỡ bài',
        })
      ).status,
    ).toBe(200)
    expect(await forDoc('unpublish')).toHaveLength(1)

    // Each move of the stage is one entry, with who made it and the reason where one is required.
    const moves = (await forDoc('stage-transition')).map((e) => [e.actor, e.summary])
    expect(moves).toEqual(
      expect.arrayContaining([
        [users.editor.id, 'stage: ∅ → editing'],
        [users.editor.id, 'stage: editing → approval'],
        [users.approver.id, 'stage: approval → published'],
        [users.approver.id, 'stage: published → unpublished — Kiểm thử gỡ bài'],
      ]),
    )
    expect(moves).toHaveLength(4)

    const versions = await call(
      'approver',
      'GET',
      `/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=1`,
    )
    const versionId = (versions.json.docs as Array<{ id: string }>)[0]?.id
    expect(versionId).toBeDefined()
    // Restoring the published version republishes it, "Gỡ bài" → "Đã đăng": a move the stage
    // table leaves to admins (an approver goes back through the desk instead).
    const refused = await call('approver', 'POST', `/api/articles/versions/${versionId}`)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toContain('chỉ quản trị được làm')
    const restored = await call('admin', 'POST', `/api/articles/versions/${versionId}`)
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    const [restore] = await forDoc('restore-version')
    expect(restore).toMatchObject({ actor: users.admin.id, ip: IP })
    expect(restore?.summary).toContain(String(versionId))
    // The restore is one entry, not also a publish.
    expect(await forDoc('publish')).toHaveLength(1)

    expect((await call('approver', 'DELETE', `/api/articles/${id}`)).status).toBe(200)
    expect(await forDoc('delete')).toHaveLength(1)
  })

  it('records media deletion and other deletes', async () => {
    const bytes = await pngBytes()
    const media = await t.payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử' },
      file: { data: bytes, mimetype: 'image/png', name: 'thu.png', size: bytes.length },
      overrideAccess: true,
    })
    expect((await call('admin', 'DELETE', `/api/media/${media.id}`)).status).toBe(200)
    const [deleted] = await entries({ documentId: { equals: media.id } })
    expect(deleted).toMatchObject({ action: 'media-delete', actor: users.admin.id, ip: IP })

    const category = await t.payload.create({
      collection: 'categories',
      data: { title: 'Chuyên mục xóa', slug: 'chuyen-muc-xoa' },
      overrideAccess: true,
    })
    expect((await call('editor', 'DELETE', `/api/categories/${category.id}`)).status).toBe(200)
    const [gone] = await entries({ documentId: { equals: category.id } })
    expect(gone).toMatchObject({ action: 'delete', documentTitle: 'Chuyên mục xóa' })
  })

  it('records settings changes with what changed', async () => {
    const res = await call('admin', 'POST', '/api/globals/site', { tagline: 'Khẩu hiệu mới' })
    expect(res.status).toBe(200)
    const [entry] = await entries({ action: { equals: 'settings-change' } })
    expect(entry).toMatchObject({ collectionSlug: 'site', actor: users.admin.id, ip: IP })
    expect(entry?.summary).toContain('tagline: ∅ → "Khẩu hiệu mới"')
  })

  it('records import runs with their counts, but not dry runs', async () => {
    const dir = path.join(t.dir, 'import')
    fs.mkdirSync(dir)
    fs.copyFileSync(
      path.resolve(import.meta.dirname, '../../../fixtures/import-run/tin-hoi-nghi.txt'),
      path.join(dir, 'tin-hoi-nghi.txt'),
    )
    await importPaths(t.payload, [dir], { dryRun: true })
    expect(await entries({ action: { equals: 'import-run' } })).toHaveLength(0)
    const report = await importPaths(t.payload, [dir], { status: 'draft' })
    const [entry] = await entries({ action: { equals: 'import-run' } })
    expect(entry?.summary).toContain(`created: ${report.summary.created}`)
    expect(entry?.actorEmail).toBe('(hệ thống)')
  })

  it('records stage transitions handed over by the editorial workflow', async () => {
    const req = await createLocalReq({ user: { ...users.editor, collection: 'users' } }, t.payload)
    await recordStageTransition(req, {
      id: 'bai-1',
      title: 'Bài có ảnh',
      from: 'editing',
      to: 'returned',
      reason: 'Thiếu chú thích ảnh',
    })
    const [entry] = await entries({ action: { equals: 'stage-transition' } })
    expect(entry).toMatchObject({
      actor: users.editor.id,
      documentId: 'bai-1',
      collectionSlug: 'articles',
      ip: 'local',
      summary: 'stage: editing → returned — Thiếu chú thích ảnh',
    })
  })

  it('records logouts', async () => {
    const user = await createUser(t.payload, 'editor', '-out')
    const token = (await login(user.email, passwordFor('editor'))).json.token as string
    const res = await fetch(`${api.url}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'x-portal-client-ip': IP },
    })
    expect(res.status).toBe(200)
    const [entry] = await entries({
      and: [{ action: { equals: 'logout' } }, { actor: { equals: user.id } }],
    })
    expect(entry).toMatchObject({ ip: IP, actorEmail: user.email })
  })

  it('keeps the person’s e-mail on entries after their account is deleted', async () => {
    const user = await createUser(t.payload, 'reporter', '-gone')
    expect((await login(user.email, passwordFor('reporter'))).status).toBe(200)
    expect((await call('admin', 'DELETE', `/api/users/${user.id}`)).status).toBe(200)
    const [entry] = await entries({
      and: [{ action: { equals: 'login' } }, { actorEmail: { equals: user.email } }],
    })
    expect(entry).toMatchObject({ actor: null, documentId: user.id })
  })
})

describe('append-only', () => {
  let entry: AuditLog
  beforeAll(async () => {
    const [first] = await entries({ action: { equals: 'login' } })
    if (!first) throw new Error('no entry to tamper with')
    entry = first
  })

  const unchanged = async () => {
    const stored = await t.payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toEqual(entry)
  }

  it('refuses REST writes, admins included', async () => {
    const total = (await t.payload.count({ collection: 'audit-log', overrideAccess: true }))
      .totalDocs
    expect(
      (await call('admin', 'PATCH', `/api/audit-log/${entry.id}`, { summary: 'x' })).status,
    ).toBe(403)
    expect((await call('admin', 'DELETE', `/api/audit-log/${entry.id}`)).status).toBe(403)
    const bulk = await call('admin', 'DELETE', '/api/audit-log?where[id][exists]=true')
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const bulkPatch = await call('admin', 'PATCH', '/api/audit-log?where[id][exists]=true', {
      summary: 'x',
    })
    expect(bulkPatch.status).toBeGreaterThanOrEqual(400)
    const create = await call('admin', 'POST', '/api/audit-log', {
      at: new Date().toISOString(),
      action: 'login',
      actorEmail: 'gia-mao@test.vn',
    })
    expect(create.status).toBe(403)
    await unchanged()
    expect(
      (await t.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs,
    ).toBeGreaterThanOrEqual(total)
    expect(await entries({ actorEmail: { equals: 'gia-mao@test.vn' } })).toHaveLength(0)
  })

  it('refuses GraphQL writes, admins included', async () => {
    const update = await gql(
      'admin',
      `mutation { updateAuditLog(id: "${entry.id}", data: { summary: "x" }) { id } }`,
    )
    expect(update.errors?.length).toBeGreaterThan(0)
    const remove = await gql('admin', `mutation { deleteAuditLog(id: "${entry.id}") { id } }`)
    expect(remove.errors?.length).toBeGreaterThan(0)
    const create = await gql(
      'admin',
      `mutation { createAuditLog(data: { at: "2026-01-01T00:00:00.000Z", action: login, actorEmail: "gia-mao@test.vn" }) { id } }`,
    )
    expect(create.errors?.length).toBeGreaterThan(0)
    await unchanged()
    expect(await entries({ actorEmail: { equals: 'gia-mao@test.vn' } })).toHaveLength(0)
  })

  it('refuses Local API writes, with and without overrideAccess', async () => {
    const asAdmin = { user: users.admin, overrideAccess: false } as const
    await expect(
      t.payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { summary: 'x' },
        ...asAdmin,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.delete({ collection: 'audit-log', id: entry.id, ...asAdmin }),
    ).rejects.toThrow()
    await expect(
      t.payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { summary: 'x' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/chỉ được ghi thêm/)
    await expect(
      t.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true }),
    ).rejects.toThrow(/Không thể xóa/)
    await expect(
      t.payload.create({
        collection: 'audit-log',
        data: { at: new Date().toISOString(), action: 'login', actorEmail: 'gia-mao@test.vn' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/chỉ được ghi thêm/)
    await unchanged()
  })

  it('lets admins read and nobody else', async () => {
    expect((await call('admin', 'GET', '/api/audit-log?limit=5')).status).toBe(200)
    for (const who of ['editor', 'reporter', 'anon'] as const) {
      const list = await call(who, 'GET', '/api/audit-log?limit=5')
      expect(list.status).toBe(who === 'anon' ? 403 : 403)
      expect(list.text).not.toContain(entry.id)
      expect((await call(who, 'GET', `/api/audit-log/${entry.id}`)).text).not.toContain(IP)
    }
    const graph = await gql('editor', '{ AuditLogs { docs { id summary } } }')
    expect(graph.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(graph.data ?? null)).not.toContain(entry.id)
  })
})

describe('CSV export', () => {
  // Attempted accounts are stored lower-cased, as logins compare them.
  const FORMULA_EMAIL = '=hyperlink("http://evil.test")@test.vn'
  const parseCsv = (text: string) =>
    parse(text, { bom: true, relax_column_count: false }) as string[][]

  it('exports every entry as UTF-8 CSV with a BOM, formulas neutralised', async () => {
    await login(FORMULA_EMAIL, 'x')
    const res = await call('admin', 'GET', '/api/audit-log/export.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment/)
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parseCsv(res.text)
    expect(header?.[0]).toBe('Thời điểm (UTC)')
    const total = (await t.payload.count({ collection: 'audit-log', overrideAccess: true }))
      .totalDocs
    expect(rows).toHaveLength(total)
    const evil = rows.find((r) => r[3]?.includes('hyperlink'))
    expect(evil?.[3]).toBe(`'${FORMULA_EMAIL}`)
    expect(evil?.[1]).toBe('Đăng nhập thất bại')
    expect(rows.every((r) => !/^[=+\-@]/.test(r.join('')))).toBe(true)
    // Oldest first.
    const times = rows.map((r) => r[0] ?? '')
    expect([...times].sort()).toEqual(times)
  })

  it('filters by person, document and date', async () => {
    const byActor = parseCsv(
      (await call('admin', 'GET', `/api/audit-log/export.csv?actor=${users.editor.email}`)).text,
    ).slice(1)
    expect(byActor.length).toBeGreaterThan(1)
    expect(byActor.every((r) => r[3] === users.editor.email)).toBe(true)

    const byDoc = parseCsv(
      (await call('admin', 'GET', `/api/audit-log/export.csv?doc=${users.editor.id}`)).text,
    ).slice(1)
    expect(byDoc.length).toBeGreaterThan(0)
    expect(byDoc.every((r) => r[6] === users.editor.id)).toBe(true)

    const today = new Date().toISOString().slice(0, 10)
    const inDay = parseCsv(
      (await call('admin', 'GET', `/api/audit-log/export.csv?from=${today}&to=${today}`)).text,
    )
    expect(inDay.length).toBeGreaterThan(1)
    const before = parseCsv(
      (await call('admin', 'GET', '/api/audit-log/export.csv?to=2000-01-01')).text,
    )
    expect(before).toHaveLength(1)

    const bad = await call('admin', 'GET', '/api/audit-log/export.csv?from=hom-qua')
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('không hợp lệ')
  })

  it('is for admins only', async () => {
    for (const who of ['editor', 'reporter'] as const)
      expect((await call(who, 'GET', '/api/audit-log/export.csv')).status).toBe(403)
    expect((await call('anon', 'GET', '/api/audit-log/export.csv')).status).toBe(401)
  })
})

describe('retention', () => {
  it('deletes only entries older than the retention period, and says so', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    const make = (at: string, marker: string) =>
      t.payload.create({
        collection: 'audit-log',
        data: { at, action: 'login', actorEmail: marker },
        overrideAccess: true,
        context: { [AUDIT_WRITE_FLAG]: true },
      })
    const old = await make(daysAgo(500), 'cu@test.vn')
    const kept = await make(daysAgo(300), 'con-giu@test.vn')
    const before = (await t.payload.count({ collection: 'audit-log', overrideAccess: true }))
      .totalDocs

    expect(await pruneAuditLog(t.payload)).toBe(1)
    expect(await entries({ id: { equals: old.id } })).toHaveLength(0)
    expect(await entries({ id: { equals: kept.id } })).toHaveLength(1)
    const [note] = await entries({ action: { equals: 'retention-prune' } })
    expect(note?.summary).toMatch(/^1 mục/)
    expect(
      (await t.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs,
    ).toBe(before) // one deleted, one note added
  })
})

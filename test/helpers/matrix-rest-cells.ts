/**
 * One REST cell of the role × route matrix: a real request (or a few) for one collection,
 * operation and role, checked against the table's cell (A, F, O, D or N).
 */
import { expect } from 'vitest'

import type { Cell, CollectionOp, MatrixRole } from '../security/role-route-matrix.table'
import { jsonCall } from './http'
import {
  countWith,
  expectNothingHidden,
  expectUnchanged,
  idsOf,
  type MatrixContext,
  stored,
  usedByPublished,
} from './matrix-checks'
import { marker, pngFile } from './matrix-fixtures'

type Res = Awaited<ReturnType<typeof jsonCall>>
const DENIED = [401, 403]
const DENIED_BY_ID = [401, 403, 404]
// 501: no REST routes at all (payload-migrations).
const NO_ROUTE = [400, 401, 403, 404, 405, 501]
// GET /api/<slug>/versions of a collection without versions reaches Payload's findVersions, which
// fails in the database adapter (no versions table): 500, no data.
const NO_VERSIONS = [...NO_ROUTE, 500]

const call = (ctx: MatrixContext, role: MatrixRole, method: string, path: string, body?: unknown) =>
  jsonCall(ctx.url, ctx.f.tokens[role], method, path, body)

/** No document in the answer (a refusal, or the preferences route's empty 200). */
function expectNoDoc(res: Res, allowed: number[], slug: string): void {
  const statuses = slug === 'payload-preferences' ? [...allowed, 200] : allowed
  expect(statuses, JSON.stringify(res.json).slice(0, 300)).toContain(res.status)
  expect(res.json.docs).toBeUndefined()
  expect(res.json.id).toBeUndefined()
  expect(res.json.doc).toBeUndefined()
}

const refId = (v: unknown): string =>
  v && typeof v === 'object' ? String((v as { id?: unknown }).id) : String(v)
const userOf = (doc: Record<string, unknown>) => refId((doc.user as { value?: unknown })?.value)

/**
 * Fields anonymous readers cannot read cannot be filtered on either: a `where` on them would
 * tell, document by document, who filed an article or which upload a reporter made.
 */
async function expectNoHiddenFieldOracle(ctx: MatrixContext, slug: string): Promise<void> {
  const { ids, staff } = ctx.f
  const probes: Record<string, Array<[string, string]>> = {
    articles: [
      [`where[createdBy][equals]=${staff.editor.id}`, ids.published],
      ['where[stage][equals]=published', ids.published],
      [`where[lastEditedBy][exists]=false`, ids.published],
      ['where[firstPublishedAt][exists]=true', ids.published],
      ['where[import.sourcePath][exists]=false', ids.published],
      [`where[mediaRefs][in]=${ids.publicPhoto}`, ids.published],
    ],
    media: [[`where[createdBy][equals]=${staff.reporter.id}`, ids.publicPhoto]],
  }
  for (const [query, id] of probes[slug] ?? []) {
    const res = await call(ctx, 'anonymous', 'GET', `/api/${slug}?${query}&limit=300&depth=0`)
    if (res.status === 200) expect(idsOf(res.json.docs), query).not.toContain(id)
    else expect([400, 403], query).toContain(res.status)
  }
}

/** Every listed document is one this role may see (checked doc by doc). */
async function expectEveryDocAllowed(
  ctx: MatrixContext,
  slug: string,
  role: MatrixRole,
  docs: Array<Record<string, unknown>>,
): Promise<void> {
  const me = role === 'anonymous' ? undefined : ctx.f.staff[role].id
  let allowed: ((d: Record<string, unknown>) => boolean) | undefined
  if (slug === 'articles')
    allowed =
      role === 'anonymous'
        ? (d) => d._status === 'published'
        : (d) => d._status === 'published' || refId(d.createdBy) === me
  if (slug === 'media') allowed = (d) => d.publicUse === true
  if (slug === 'users') allowed = (d) => refId(d.id) === me
  if (slug === 'payload-preferences') allowed = (d) => userOf(d) === me
  if (slug === 'tags' || slug === 'authors') {
    const used = await usedByPublished(ctx, slug)
    allowed = (d) => used.has(String(d.id))
  }
  if (!allowed) return
  for (const doc of docs)
    expect(allowed(doc), `${slug} ${String(doc.id)} shown to ${role}`).toBe(true)
}

async function find(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const probe = ctx.probes[slug]!
  const depth = role === 'anonymous' ? 2 : 1
  const res = await call(ctx, role, 'GET', `/api/${slug}?limit=300&sort=-createdAt&depth=${depth}`)
  if (cell === 'N' || cell === 'D') return expectNoDoc(res, cell === 'N' ? NO_ROUTE : DENIED, slug)
  expect(res.status).toBe(200)
  const listed = idsOf(res.json.docs)
  const visible = probe.visible(role)
  if (visible) expect(listed).toContain(visible)
  expectNothingHidden(ctx, role, res.json)
  if (cell === 'A') return probe.all && expect(listed).toContain(probe.all)
  const hidden = probe.hidden(role)
  if (hidden) expect(listed).not.toContain(hidden)
  await expectEveryDocAllowed(ctx, slug, role, res.json.docs as never)
  if (role === 'anonymous') await expectNoHiddenFieldOracle(ctx, slug)
  if (slug === 'articles') {
    // A published article's pending draft must not come back through ?draft=true either.
    const drafts = await call(ctx, role, 'GET', `/api/articles?draft=true&limit=300&depth=0`)
    expect(idsOf(drafts.json.docs)).not.toContain(hidden)
    if (role === 'anonymous') expectNothingHidden(ctx, role, drafts.json)
    await expectEveryDocAllowed(ctx, slug, role, drafts.json.docs as never)
  }
}

async function findByID(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const probe = ctx.probes[slug]!
  const path = async (id: string) => `/api/${slug}/${probe.path ? await probe.path(id) : id}`
  const get = async (id: string) => call(ctx, role, 'GET', `${await path(id)}?depth=2`)
  if (cell === 'N' || cell === 'D') {
    const res = await get(probe.visible(role) ?? probe.foreign(role))
    return expectNoDoc(res, cell === 'N' ? NO_ROUTE : DENIED_BY_ID, slug)
  }
  const visible = probe.visible(role)
  if (visible) {
    const res = await get(visible)
    expect(res.status).toBe(200)
    expect(String(res.json.id)).toBe(visible)
    expectNothingHidden(ctx, role, res.json)
  }
  if (cell === 'A' && probe.all) expect((await get(probe.all)).status).toBe(200)
  const hidden = probe.hidden(role)
  if (cell !== 'A' && hidden) expectNoDoc(await get(hidden), DENIED_BY_ID, slug)
}

async function count(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const res = await call(ctx, role, 'GET', `/api/${slug}/count`)
  // Payload's GET /api/payload-preferences/:key shadows /count: it answers the caller's own
  // preference named "count" (none), never a count of anyone's.
  if (slug === 'payload-preferences') return expectNoDoc(res, [], slug)
  if (cell === 'N' || cell === 'D') {
    expect(cell === 'N' ? NO_ROUTE : DENIED).toContain(res.status)
    return expect(res.json.totalDocs).toBeUndefined()
  }
  expect(res.status).toBe(200)
  const { totalDocs } = await ctx.payload.count({
    collection: slug as never,
    overrideAccess: true,
  })
  if (cell === 'A') return expect(res.json.totalDocs).toBe(totalDocs)
  const listed = await call(ctx, role, 'GET', `/api/${slug}?limit=1&depth=0`)
  expect(res.json.totalDocs).toBe(listed.json.totalDocs)
  if (ctx.probes[slug]!.hidden(role)) expect(res.json.totalDocs).toBeLessThan(totalDocs)
}

/** Creates over REST (multipart for media); returns the answer. */
async function post(ctx: MatrixContext, slug: string, role: MatrixRole, body: object) {
  if (slug !== 'media') return call(ctx, role, 'POST', `/api/${slug}`, body)
  const form = new FormData()
  const file = await pngFile(marker('up'))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(body))
  const token = ctx.f.tokens[role]
  const res = await fetch(`${ctx.url}/api/media`, {
    method: 'POST',
    headers: token ? { authorization: `JWT ${token}` } : {},
    body: form,
  })
  return {
    status: res.status,
    json: (await res.json().catch(() => ({}))) as Record<string, unknown>,
  }
}

async function create(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const probe = ctx.probes[slug]!
  const mark = marker()
  const value = probe.stored?.(mark) ?? mark
  const field = probe.createField ?? probe.field
  const res = await post(ctx, slug, role, probe.body(mark, role))
  if (cell === 'N' || cell === 'D') {
    expect(cell === 'N' ? NO_ROUTE : DENIED, JSON.stringify(res.json)).toContain(res.status)
    return expect(await countWith(ctx, slug, field, value)).toBe(0)
  }
  expect(res.status, JSON.stringify(res.json).slice(0, 300)).toBe(201)
  const doc = await stored(ctx, slug, String((res.json.doc as { id: string }).id))
  expect(JSON.stringify(doc?.[field])).toContain(value)
  const me = role === 'anonymous' ? '' : ctx.f.staff[role].id
  if (slug === 'payload-preferences') expect(userOf(doc ?? {})).toBe(me)
  if (slug === 'articles' && cell === 'F') {
    expect(doc?.createdBy).toBe(me)
    const mark2 = marker()
    const pub = await post(ctx, slug, role, { ...probe.body(mark2, role), _status: 'published' })
    expect(DENIED).toContain(pub.status)
    expect(await countWith(ctx, slug, 'title', mark2)).toBe(0)
  }
}

/** Only the approver publishes a piece waiting for approval; an editor is told who may. */
async function publishFromApproval(ctx: MatrixContext, role: 'editor' | 'approver') {
  const waiting = await ctx.payload.create({
    collection: 'articles',
    data: {
      title: `Chờ duyệt ${marker()}`,
      kind: 'news',
      stage: 'approval',
      createdBy: ctx.f.otherReporter.id,
    },
    draft: true,
    overrideAccess: true,
  })
  const res = await call(ctx, role, 'PATCH', `/api/articles/${waiting.id}`, {
    _status: 'published',
  })
  const after = await stored(ctx, 'articles', String(waiting.id))
  if (role === 'editor') {
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).toContain('lãnh đạo duyệt bài')
    return expect(after?._status).toBe('draft')
  }
  expect(res.status, JSON.stringify(res.json).slice(0, 300)).toBe(200)
  expect(after).toMatchObject({ _status: 'published', stage: 'published' })
}

async function update(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const probe = ctx.probes[slug]!
  const patch = (id: string, data: object, query = '') =>
    call(ctx, role, 'PATCH', `/api/${slug}/${id}${query}`, data)
  const shows = (mark: string) => probe.updated?.(mark) ?? mark
  const refused = async (id: string, codes = DENIED_BY_ID) => {
    const mark = marker()
    const res = await patch(id, { [probe.field]: probe.send?.(mark) ?? mark })
    expect(codes, JSON.stringify(res.json).slice(0, 300)).toContain(res.status)
    await expectUnchanged(ctx, slug, id, probe.field, shows(mark))
    // The bulk route (PATCH /api/<slug>?where=…) must not reach it either.
    const bulk = await call(ctx, role, 'PATCH', `/api/${slug}?where[id][equals]=${id}`, {
      [probe.field]: probe.send?.(mark) ?? mark,
    })
    if (codes !== NO_ROUTE) expect(bulk.status).toBeLessThan(500)
    await expectUnchanged(ctx, slug, id, probe.field, shows(mark))
  }
  if (cell === 'N') return refused(probe.foreign(role), NO_ROUTE)
  if (cell === 'D') return refused(await probe.fresh())
  const target = cell === 'A' ? await probe.fresh() : await probe.fresh(role as never)
  const mark = marker()
  const res = await patch(target, { [probe.field]: probe.send?.(mark) ?? mark })
  expect(res.status, JSON.stringify(res.json).slice(0, 300)).toBe(200)
  expect(JSON.stringify((await stored(ctx, slug, target))?.[probe.field])).toContain(shows(mark))
  if (slug === 'articles' && (role === 'editor' || role === 'approver'))
    await publishFromApproval(ctx, role)
  if (cell === 'A') return
  await refused(probe.foreign(role))
  const { ids, versions } = ctx.f
  if (slug === 'articles') {
    // A reporter never publishes: not by saving, not by restoring a published version, and
    // never edits an article that was published once.
    const pub = await patch(target, { _status: 'published' })
    expect(DENIED).toContain(pub.status)
    expect((await stored(ctx, slug, target))?._status).toBe('draft')
    await refused(ids.unpublished)
    const restore = await call(
      ctx,
      role,
      'POST',
      `/api/articles/versions/${versions.unpublishedPublished}`,
    )
    expect(DENIED_BY_ID).toContain(restore.status)
    expect((await stored(ctx, slug, ids.unpublished))?._status).toBe('draft')
  }
  if (slug === 'media') await refused(ids.publicPhoto, [403])
  if (slug === 'users') {
    await patch(target, { roles: ['admin'] })
    expect((await stored(ctx, slug, target))?.roles).toEqual([role])
  }
}

async function remove(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const probe = ctx.probes[slug]!
  const del = async (id: string) =>
    call(ctx, role, 'DELETE', `/api/${slug}/${probe.path ? await probe.path(id) : id}`)
  const refused = async (id: string, codes = DENIED_BY_ID) => {
    const res = await del(id)
    // DELETE /api/payload-preferences/:key of a key the caller does not have: Payload's handler
    // answers 500 (its NotFound escapes); what matters is that another's preference stays.
    expect(slug === 'payload-preferences' ? [...codes, 200, 500] : codes).toContain(res.status)
    if (codes === NO_ROUTE) return
    expect(await stored(ctx, slug, id)).not.toBeNull()
    const bulk = await call(ctx, role, 'DELETE', `/api/${slug}?where[id][equals]=${id}`)
    if (codes !== NO_ROUTE) expect(bulk.status).toBeLessThan(500)
    expect(await stored(ctx, slug, id)).not.toBeNull()
  }
  if (cell === 'N') return refused(probe.foreign(role), NO_ROUTE)
  if (cell === 'D') return refused(await probe.fresh())
  const target = cell === 'A' ? await probe.fresh() : await probe.fresh(role as never)
  const res = await del(target)
  expect(res.status, JSON.stringify(res.json).slice(0, 300)).toBe(200)
  expect(await stored(ctx, slug, target)).toBeNull()
  if (cell === 'O') await refused(probe.foreign(role))
  if (slug === 'media' && cell === 'O') await refused(ctx.f.ids.publicPhoto)
}

async function versions(ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) {
  const res = await call(
    ctx,
    role,
    'GET',
    `/api/${slug}/versions?limit=300&depth=0&sort=-createdAt`,
  )
  if (cell === 'N' || cell === 'D')
    return expectNoDoc(res, cell === 'N' ? NO_VERSIONS : DENIED, slug)
  const { versions: v, staff } = ctx.f
  // Another's draft version: an article's, or the schedule's own for its collections.
  const otherDraft = ctx.f.schedule.versions[slug] ?? v.otherDraft
  const byId = (id: string) => call(ctx, role, 'GET', `/api/${slug}/versions/${id}?depth=0`)
  expect(res.status).toBe(200)
  const listed = idsOf(res.json.docs)
  if (cell === 'A') {
    expect(listed).toContain(otherDraft)
    return expect((await byId(otherDraft)).status).toBe(200)
  }
  expect(listed).toContain(v.reporterDraft)
  expect(listed).not.toContain(otherDraft)
  for (const doc of res.json.docs as Array<{ version: { createdBy?: unknown } }>)
    expect(doc.version.createdBy).toBe(staff.reporter.id)
  expectNoDoc(await byId(otherDraft), DENIED_BY_ID, slug)
}

export const REST_CELLS: Record<
  CollectionOp,
  (ctx: MatrixContext, slug: string, role: MatrixRole, cell: Cell) => Promise<unknown>
> = { find, findByID, count, create, update, delete: remove, versions }

/** Auth and job routes beside the collection operations (REST_EXTRAS in the table). */
export async function restExtraCell(
  ctx: MatrixContext,
  route: string,
  role: MatrixRole,
  cell: Cell,
): Promise<void> {
  const { f } = ctx
  const me = role === 'anonymous' ? null : f.staff[role].id
  switch (route) {
    case 'GET /api/users/me': {
      const res = await call(ctx, role, 'GET', '/api/users/me')
      expect(res.status).toBe(200)
      const user = res.json.user as { id?: string } | null
      return expect(user?.id ?? null).toBe(me)
    }
    case 'GET /api/access': {
      const res = await call(ctx, role, 'GET', '/api/access')
      expect(res.status, JSON.stringify(res.json)).toBe(200)
      // Payload drops false permissions from the answer.
      return expect(res.json.canAccessAdmin ?? false).toBe(role !== 'anonymous')
    }
    case 'POST /api/users/first-register': {
      const email = `${marker('first')}@test.vn`
      const res = await call(ctx, role, 'POST', '/api/users/first-register', {
        email,
        password: 'Pw-first-123456',
        roles: ['admin'],
      })
      expect(DENIED, JSON.stringify(res.json)).toContain(res.status)
      return expect(await countWith(ctx, 'users', 'email', email)).toBe(0)
    }
    case 'POST /api/users/unlock': {
      const res = await call(ctx, role, 'POST', '/api/users/unlock', {
        email: f.otherReporter.email,
      })
      if (cell === 'A') return expect(res.status).toBe(200)
      return expect(DENIED).toContain(res.status)
    }
    case 'GET /api/payload-jobs/run': {
      const res = await call(ctx, role, 'GET', `/api/payload-jobs/run?queue=${marker('q')}`)
      if (cell === 'A') return expect(res.status).toBe(200)
      return expect(DENIED).toContain(res.status)
    }
    case 'GET /api/search': {
      const res = await call(ctx, role, 'GET', `/api/search?q=${encodeURIComponent(f.secret)}`)
      expect(res.status).toBe(200)
      for (const secret of f.secretTitles) expect(JSON.stringify(res.json)).not.toContain(secret)
      return expect(idsOf(res.json.hits)).not.toContain(f.ids.otherDraft)
    }
    case 'GET /api/royalties/report': {
      const res = await call(ctx, role, 'GET', '/api/royalties/report?month=2026-11')
      if (cell === 'A') {
        expect(res.status).toBe(200)
        return expect(res.json.month).toBe('2026-11')
      }
      expect(DENIED).toContain(res.status)
      return expect(res.json.totals).toBeUndefined()
    }
    case 'GET /api/articles/stage-choices': {
      const res = await call(ctx, role, 'GET', '/api/articles/stage-choices')
      if (cell === 'A') {
        expect(res.status, JSON.stringify(res.json)).toBe(200)
        return expect(res.json.current).toBe('writing')
      }
      expect(DENIED).toContain(res.status)
      return expect(res.json.choices).toBeUndefined()
    }
    case 'POST /api/locks/reopened': {
      const path = `/api/locks/reopened?collection=articles&id=${f.ids.otherDraft}`
      const res = await call(ctx, role, 'POST', path)
      if (cell === 'A') {
        expect(res.status, JSON.stringify(res.json)).toBe(200)
        // Nothing of this caller's was waiting: it can only ever cancel its own repeats.
        return expect(res.json.cancelled).toBe(0)
      }
      expect(DENIED).toContain(res.status)
      return expect(res.json.cancelled).toBeUndefined()
    }
    case 'POST /api/locks/taken-over': {
      // Cells run at once: each checks only its own caller's lock and the fixture's (the editor's).
      const target = `collection=articles&id=${f.ids.otherDraft}`
      const path = `/api/locks/taken-over?${target}&from=${f.otherReporter.id}`
      const locksOf = async (who: string) =>
        (
          await ctx.payload.find({
            collection: 'payload-locked-documents',
            where: {
              and: [
                { 'document.value': { equals: f.ids.otherDraft } },
                { 'user.value': { equals: who } },
              ],
            },
            depth: 0,
            overrideAccess: true,
          })
        ).totalDocs
      const res = await call(ctx, role, 'POST', path)
      const caller = role === 'anonymous' ? null : f.staff[role].id
      if (cell === 'A') {
        expect(res.status, JSON.stringify(res.json)).toBe(200)
        // The other reporter held no lock there: nothing of anyone's was removed.
        expect(res.json.released).toBe(0)
        // The editor holds it: nobody's lock is added beside his (the editor's own stays one).
        expect(await locksOf(caller!)).toBe(role === 'editor' ? 1 : 0)
      } else {
        expect(DENIED).toContain(res.status)
        expect(res.json.released).toBeUndefined()
        if (caller) expect(await locksOf(caller)).toBe(0)
      }
      return expect(await locksOf(f.staff.editor.id)).toBe(1)
    }
    default:
      throw new Error(`unmapped route ${route}`)
  }
}

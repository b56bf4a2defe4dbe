/**
 * GraphQL side of the role × route matrix: maps every generated query and mutation field to a
 * (collection or global, operation) cell of the table and checks one role's outcome.
 */
import { expect } from 'vitest'

import {
  type Cell,
  cellOf,
  type CollectionOp,
  COLLECTIONS,
  GLOBALS,
  GRAPHQL_EXTRAS,
  type MatrixRole,
} from '../security/role-route-matrix.table'
import { callField, type GqlResult } from './graphql-schema'
import {
  ACCESS_ERROR,
  countWith,
  expectNothingHidden,
  idsOf,
  type MatrixContext,
  stored,
} from './matrix-checks'
import { account, marker } from './matrix-fixtures'
import { passwordFor } from './users'

type GqlOp =
  CollectionOp | 'docAccess' | 'versionByID' | 'duplicate' | 'restoreVersion' | 'read' | 'extra'

export interface GqlTarget {
  kind: 'collection' | 'global' | 'extra'
  slug: string
  op: GqlOp
  /** The table row the outcome comes from. */
  row: string
}

/** Every GraphQL field the table covers, by the names Payload generates. */
export function graphqlFields(): Map<string, GqlTarget> {
  const map = new Map<string, GqlTarget>()
  for (const [slug, spec] of Object.entries(COLLECTIONS)) {
    if (!spec.gql) continue
    const [one, many] = spec.gql
    const add = (name: string, op: GqlOp, column: CollectionOp) =>
      map.set(name, { kind: 'collection', slug, op, row: spec.ops[column] })
    add(many, 'find', 'find')
    add(one, 'findByID', 'findByID')
    add(`count${many}`, 'count', 'count')
    add(`docAccess${one}`, 'docAccess', 'update')
    add(`create${one}`, 'create', 'create')
    add(`update${one}`, 'update', 'update')
    add(`delete${one}`, 'delete', 'delete')
    // Payload generates no duplicate mutation for an auth collection.
    if (slug !== 'users') add(`duplicate${one}`, 'duplicate', 'create')
    if (spec.ops.versions.includes('N')) continue
    add(`versions${many}`, 'versions', 'versions')
    add(`version${one}`, 'versionByID', 'versions')
    add(`restoreVersion${one}`, 'restoreVersion', 'update')
  }
  for (const [slug, spec] of Object.entries(GLOBALS)) {
    const name = spec.gql
    map.set(name, { kind: 'global', slug, op: 'read', row: spec.ops.read })
    map.set(`update${name}`, { kind: 'global', slug, op: 'update', row: spec.ops.update })
    map.set(`docAccess${name}`, { kind: 'global', slug, op: 'docAccess', row: spec.ops.update })
  }
  for (const [name, row] of Object.entries(GRAPHQL_EXTRAS))
    map.set(name, { kind: 'extra', slug: name, op: 'extra', row })
  return map
}

const ok = (r: GqlResult) => r.errors.length === 0 && r.value !== null
const failed = (r: GqlResult) => r.errors.length > 0 || r.value === null
const expectOk = (r: GqlResult, what: string) =>
  expect(ok(r), `${what}: ${r.errors.join('; ')}`).toBe(true)
const expectFailed = (r: GqlResult, what: string) =>
  expect(failed(r), `${what} answered ${JSON.stringify(r.value)}`).toBe(true)
const docsOf = (r: GqlResult) => idsOf((r.value as { docs?: unknown } | null)?.docs)
const idOf = (r: GqlResult) => String((r.value as { id?: unknown } | null)?.id)

/**
 * docAccess reports update permission true only where the update cell is A. Payload folds a
 * fully permitted part of the answer into a bare `true`, which its GraphQL type cannot return
 * ("Something went wrong.", no data); when it does answer, the permission must match the cell.
 */
function expectPermission(r: GqlResult, cell: Cell): void {
  const permission = (r.value as { update?: { permission?: boolean } } | null)?.update?.permission
  if (r.errors.length) {
    expect(r.errors).toEqual(['Something went wrong.'])
    return expect(permission ?? null).toBeNull()
  }
  expect(permission ?? false, JSON.stringify(r)).toBe(cell === 'A')
}

/** Create and duplicate of uploads and accounts fail for reasons other than access. */
const expectNotRefused = (r: GqlResult, what: string) =>
  expect(
    r.errors.filter((e) => ACCESS_ERROR.test(e)),
    what,
  ).toEqual([])

export async function graphqlCell(
  ctx: MatrixContext,
  field: string,
  target: GqlTarget,
  role: MatrixRole,
): Promise<void> {
  const cell = cellOf(target.row, role)
  const run = (args: Record<string, unknown> = {}) =>
    callField(ctx.url, ctx.f.tokens[role], ctx.schema, field, args)
  if (target.kind === 'extra') return extraCell(ctx, field, role, cell, run)
  if (target.kind === 'global') return globalCell(ctx, target, role, cell, run)
  return collectionCell(ctx, target, role, cell, run)
}

type Run = (args?: Record<string, unknown>) => Promise<GqlResult>

async function collectionCell(
  ctx: MatrixContext,
  { slug, op }: GqlTarget,
  role: MatrixRole,
  cell: Cell,
  run: Run,
): Promise<void> {
  const probe = ctx.probes[slug]!
  const { f } = ctx
  // Another's draft version: an article's, or the schedule's own for its collections.
  const otherVersion = f.schedule.versions[slug] ?? f.versions.otherDraft
  const me = role === 'anonymous' ? '' : f.staff[role].id
  const denied = cell === 'D' || cell === 'N'
  switch (op) {
    case 'find': {
      const r = await run({ limit: 300, sort: '-createdAt' })
      if (denied) return expectFailed(r, 'list')
      expectOk(r, 'list')
      const visible = probe.visible(role)
      if (visible) expect(docsOf(r)).toContain(visible)
      if (cell === 'A' && probe.all) expect(docsOf(r)).toContain(probe.all)
      const hidden = probe.hidden(role)
      if (cell !== 'A' && hidden) expect(docsOf(r)).not.toContain(hidden)
      return
    }
    case 'findByID': {
      const visible = probe.visible(role)
      if (denied) return expectFailed(await run({ id: visible ?? probe.foreign(role) }), 'read')
      if (visible) {
        const r = await run({ id: visible })
        expectOk(r, 'read')
        expect(idOf(r)).toBe(visible)
      }
      if (cell === 'A' && probe.all) expectOk(await run({ id: probe.all }), 'read any')
      const hidden = probe.hidden(role)
      if (cell !== 'A' && hidden) expectFailed(await run({ id: hidden }), 'read hidden')
      return
    }
    case 'count': {
      const r = await run()
      if (denied) return expectFailed(r, 'count')
      expectOk(r, 'count')
      const counted = (r.value as { totalDocs: number }).totalDocs
      expect(typeof counted).toBe('number')
      const { totalDocs } = await ctx.payload.count({
        collection: slug as never,
        overrideAccess: true,
      })
      if (cell === 'A') return expect(counted).toBe(totalDocs)
      if (probe.hidden(role)) expect(counted).toBeLessThan(totalDocs)
      return
    }
    case 'docAccess': {
      // The permission Payload reports for another's document matches the update cell.
      const id = cell === 'A' ? (probe.visible(role) ?? probe.foreign(role)) : probe.foreign(role)
      return expectPermission(await run({ id }), cell)
    }
    case 'versions': {
      const r = await run({ limit: 300, sort: '-createdAt' })
      if (denied) return expectFailed(r, 'versions')
      expectOk(r, 'versions')
      if (cell === 'A') return expect(docsOf(r)).toContain(otherVersion)
      expect(docsOf(r)).toContain(f.versions.reporterDraft)
      return expect(docsOf(r)).not.toContain(otherVersion)
    }
    case 'versionByID': {
      const other = await run({ id: otherVersion })
      if (cell === 'A') return expectOk(other, 'version')
      expectFailed(other, "another's version")
      if (!denied) expectOk(await run({ id: f.versions.reporterDraft }), 'own version')
      return
    }
    case 'create': {
      const mark = marker()
      const field = probe.createField ?? probe.field
      const data = probe.gqlData?.(mark, role) ?? probe.body(mark, role)
      const r = await run({ data })
      if (denied) {
        expectFailed(r, 'create')
        return expect(await countWith(ctx, slug, field, probe.stored?.(mark) ?? mark)).toBe(0)
      }
      if (slug === 'media') return expectNotRefused(r, 'create without a file')
      expectOk(r, 'create')
      const doc = await stored(ctx, slug, idOf(r))
      if (slug === 'payload-preferences')
        expect(String((doc?.user as { value?: unknown })?.value)).toBe(me)
      if (slug === 'articles' && cell === 'F') {
        expect(doc?.createdBy).toBe(me)
        const pub = await run({ data: { ...data, title: marker(), _status: 'published' } })
        expectFailed(pub, 'reporter publishes on create')
      }
      return
    }
    case 'duplicate': {
      if (denied) return expectFailed(await run({ id: probe.foreign(role) }), 'duplicate')
      if (cell === 'A') {
        // Placeholders fill a required `data` argument; a schedule entry needs a real date.
        const data = slug === 'schedule-entries' ? { data: probe.body(marker(), role) } : {}
        const r = await run({ id: await probe.fresh(), ...data })
        // An upload's copy needs its file, a redirect's copy a new unique `from`.
        if (slug === 'media' || slug === 'redirects') return expectNotRefused(r, 'duplicate')
        return expectOk(r, 'duplicate')
      }
      expectFailed(await run({ id: probe.foreign(role) }), "duplicate another's")
      if (slug === 'articles') {
        // A copy of a published article is the reporter's own draft, never a second publication.
        const r = await run({ id: f.ids.published })
        if (ok(r)) {
          const copy = await stored(ctx, slug, idOf(r))
          expect(copy?._status).toBe('draft')
          expect(copy?.createdBy).toBe(me)
        }
      }
      return
    }
    case 'update': {
      const send = (mark: string) => ({ [probe.field]: probe.send?.(mark) ?? mark })
      const shows = (mark: string) => probe.updated?.(mark) ?? mark
      const refused = async (id: string) => {
        const mark = marker()
        expectFailed(await run({ id, data: send(mark) }), 'update')
        const doc = await stored(ctx, slug, id)
        expect(JSON.stringify(doc?.[probe.field] ?? null)).not.toContain(shows(mark))
      }
      if (denied) return refused(await probe.fresh())
      const target = cell === 'A' ? await probe.fresh() : await probe.fresh(role as never)
      const mark = marker()
      expectOk(await run({ id: target, data: send(mark) }), 'update')
      expect(JSON.stringify((await stored(ctx, slug, target))?.[probe.field])).toContain(
        shows(mark),
      )
      if (cell === 'A') return
      await refused(probe.foreign(role))
      if (slug === 'articles') {
        expectFailed(await run({ id: target, data: { _status: 'published' } }), 'publish')
        expect((await stored(ctx, slug, target))?._status).toBe('draft')
      }
      if (slug === 'users') {
        await run({ id: target, data: { roles: ['admin'] } })
        expect((await stored(ctx, slug, target))?.roles).toEqual([role])
      }
      return
    }
    case 'delete': {
      const refused = async (id: string) => {
        expectFailed(await run({ id }), 'delete')
        expect(await stored(ctx, slug, id)).not.toBeNull()
      }
      if (denied) return refused(await probe.fresh())
      const target = cell === 'A' ? await probe.fresh() : await probe.fresh(role as never)
      expectOk(await run({ id: target }), 'delete')
      expect(await stored(ctx, slug, target)).toBeNull()
      if (cell === 'O') await refused(probe.foreign(role))
      return
    }
    case 'restoreVersion': {
      if (denied) return expectFailed(await run({ id: otherVersion }), 'restore')
      if (cell === 'A') return expectOk(await run({ id: otherVersion }), 'restore')
      expectFailed(await run({ id: otherVersion }), "restore another's")
      expectFailed(await run({ id: f.versions.unpublishedPublished }), 'restore a publication')
      expect((await stored(ctx, slug, f.ids.unpublished))?._status).toBe('draft')
      return expectOk(await run({ id: f.versions.reporterDraft }), 'restore own draft')
    }
    default:
      throw new Error(`unmapped op ${op}`)
  }
}

/** A write of `mark` into a global (REST and GraphQL): a plain field, or a footer menu item. */
export function globalWrite(slug: string, mark: string): Record<string, unknown> {
  if (slug === 'navigation') return { footer: [{ kind: 'external', label: mark, url: '/' }] }
  const field =
    {
      site: 'tagline',
      'royalty-settings': 'note',
      'feedback-settings': 'bannedWords',
    }[slug] ?? 'stopWords'
  return { [field]: mark }
}

async function globalCell(
  ctx: MatrixContext,
  { slug, op }: GqlTarget,
  role: MatrixRole,
  cell: Cell,
  run: Run,
): Promise<void> {
  if (op === 'read') {
    const r = await run()
    if (cell === 'D') return expectFailed(r, 'read')
    expectOk(r, 'read')
    return expectNothingHidden(ctx, role, r.value)
  }
  if (op === 'docAccess') {
    return expectPermission(await run(), cell)
  }
  const mark = marker()
  // Required fields of GraphQL's update input (the site's name, the royalty point value): send
  // the current values back.
  const { name } = await ctx.payload.findGlobal({ slug: 'site', overrideAccess: true })
  const { pointValue } = await ctx.payload.findGlobal({
    slug: 'royalty-settings',
    overrideAccess: true,
  })
  const required = { site: { name }, 'royalty-settings': { pointValue } }[slug] ?? {}
  const r = await run({ data: { ...required, ...globalWrite(slug, mark) } })
  const now = await ctx.payload.findGlobal({ slug: slug as never, overrideAccess: true })
  if (cell === 'A') return expectOk(r, 'update')
  expectFailed(r, 'update')
  expect(JSON.stringify(now)).not.toContain(mark)
}

async function extraCell(
  ctx: MatrixContext,
  field: string,
  role: MatrixRole,
  cell: Cell,
  run: Run,
): Promise<void> {
  const { f } = ctx
  const allowed = cell === 'A'
  const check = (r: GqlResult) => (allowed ? expectOk(r, field) : expectFailed(r, field))
  // Sessions ended or refreshed here belong to throwaway accounts, not the matrix's own.
  const throwaway = async () =>
    role === 'anonymous' ? undefined : account(ctx.payload, ctx.url, role, `-${marker('t')}`)
  switch (field) {
    case 'Access':
    case 'initializedUser':
      return check(await run())
    case 'meUser': {
      const r = await run()
      expect(r.errors).toEqual([])
      const user = (r.value as { user?: { id?: string } | null } | null)?.user ?? null
      return expect(user?.id ?? null).toBe(role === 'anonymous' ? null : f.staff[role].id)
    }
    case 'loginUser':
      return check(await run({ email: f.otherReporter.email, password: passwordFor('reporter') }))
    case 'logoutUser':
    case 'refreshTokenUser': {
      const who = await throwaway()
      const r = await callField(ctx.url, who?.token, ctx.schema, field)
      return check(r)
    }
    case 'forgotPasswordUser': {
      const unknown = await run({ email: `${marker('khong')}@test.vn` })
      const known = await run({ email: f.otherReporter.email })
      check(unknown)
      // The same answer either way: no way to tell which addresses have accounts.
      return expect(known).toEqual(unknown)
    }
    case 'resetPasswordUser':
      return check(await run({ token: 'not-a-real-token', password: 'Pw-hacked-123456' }))
    case 'verifyEmailUser':
      return check(await run({ token: 'not-a-real-token' }))
    case 'unlockUser':
      return check(await run({ email: f.otherReporter.email }))
    default:
      throw new Error(`unmapped GraphQL field ${field}`)
  }
}

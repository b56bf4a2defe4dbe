/**
 * Assertions shared by the REST, GraphQL and site parts of the role × route matrix: what a
 * response may contain for a role, and what the database holds after a refused write.
 */
import type { CollectionSlug, Payload } from 'payload'
import { expect } from 'vitest'

import type { MatrixRole } from '../security/role-route-matrix.table'
import type { Schema } from './graphql-schema'
import type { MatrixFixtures } from './matrix-fixtures'
import type { Probe } from './matrix-probes'

export interface MatrixContext {
  url: string
  payload: Payload
  f: MatrixFixtures
  probes: Record<string, Probe>
  schema: Schema
}

/** Payload's refusals: Forbidden, Unauthorized, and our own 403s. */
export const ACCESS_ERROR = /not allowed|unauthori[sz]ed|forbidden|logged in|quyền/i

/** Fields only staff may read; never in an anonymous answer, at any depth. */
const STAFF_ONLY = [
  'createdBy',
  'stage',
  'stageReason',
  'stageHistory',
  'lastEditedBy',
  'returnedTo',
  'firstPublishedAt',
  'mediaRefs',
  'leaderRefs',
  'allLeaders',
  'import',
  // Royalty lines are for editors, approvers and admins (royalties-read-by-readers-and-reporters).
  'royalties',
  'fillRoyalties',
  'editorialNotes',
]
/** Fields nobody reads over the API. */
const NEVER = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
]

export const idsOf = (docs: unknown): string[] =>
  Array.isArray(docs) ? docs.map((d) => String((d as { id: unknown }).id)) : []

function walk(value: unknown, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit)
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>)
    for (const v of Object.values(value)) walk(v, visit)
  }
}

/**
 * Every object in an answer to `role`, not only the first document: no hidden field, and for
 * anonymous callers no staff field, no draft, no private upload and no secret title anywhere.
 */
export function expectNothingHidden(ctx: MatrixContext, role: MatrixRole, body: unknown): void {
  walk(body, (obj) => {
    for (const key of NEVER) expect(obj, `${key} in an answer to ${role}`).not.toHaveProperty(key)
    // A user record (populated createdBy, author's account) only ever the caller's own.
    if (role === 'reporter' || role === 'editor' || role === 'approver')
      if ('roles' in obj) expect(obj.id, 'another user shown').toBe(ctx.f.staff[role].id)
    if (role !== 'anonymous') return
    for (const key of STAFF_ONLY) expect(obj, `${key} shown to anonymous`).not.toHaveProperty(key)
    if ('_status' in obj) expect(obj._status, 'a draft shown to anonymous').toBe('published')
    if ('publicUse' in obj) expect(obj.publicUse, 'a private upload shown').toBe(true)
    expect(obj, 'a user record shown to anonymous').not.toHaveProperty('roles')
  })
  const text = JSON.stringify(body)
  if (role === 'anonymous')
    for (const secret of ctx.f.secretTitles)
      expect(text, 'a draft title shown').not.toContain(secret)
}

/** The stored document (any status), or null when it does not exist. */
export async function stored(
  ctx: MatrixContext,
  slug: string,
  id: string,
): Promise<Record<string, unknown> | null> {
  const { docs } = await ctx.payload.find({
    collection: slug as CollectionSlug,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return (docs[0] as Record<string, unknown> | undefined) ?? null
}

/** How many documents hold `value` in `field` (to prove a refused create wrote nothing). */
export async function countWith(
  ctx: MatrixContext,
  slug: string,
  field: string,
  value: string,
): Promise<number> {
  const { totalDocs } = await ctx.payload.count({
    collection: slug as CollectionSlug,
    where: { [field]: { equals: value } },
    overrideAccess: true,
  })
  return totalDocs
}

/** The document's `field` does not hold `mark` (a refused update changed nothing). */
export async function expectUnchanged(
  ctx: MatrixContext,
  slug: string,
  id: string,
  field: string,
  mark: string,
): Promise<void> {
  const doc = await stored(ctx, slug, id)
  expect(JSON.stringify(doc?.[field] ?? null)).not.toContain(mark)
}

/** Ids of tags and authors that a published article uses (what anonymous readers may see). */
export async function usedByPublished(ctx: MatrixContext, field: 'tags' | 'authors') {
  const { docs } = await ctx.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.flatMap((d) => (d[field] ?? []).map((v) => String(v))))
}

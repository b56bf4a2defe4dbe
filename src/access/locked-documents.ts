/**
 * Who may see and change Payload's document locks (`payload-locked-documents`, "X is editing
 * this document"). Payload opens them to every signed-in user, so any staff account, a stolen
 * reporter's included, could list who works on which document, drafts it cannot open included.
 * Now a lock is visible, and can be taken over or released, only by someone who may edit the
 * locked document (or global) themselves, and by its holder; creating one over the API is for
 * admins (Payload's admin takes locks through its own server code, not the API). The holder is
 * named, never shown by e-mail (src/hooks/lock-holder-name.ts).
 */
import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { isAdmin, isStaff } from './roles'

export const LOCKS_SLUG = 'payload-locked-documents'

/** Locks held at once on a whole portal are a handful; past this, older ones are ignored. */
const MAX_LOCKS = 1000

type Ref = { relationTo?: unknown; value?: unknown }
type UpdateAccess = (args: { req: PayloadRequest }) => unknown

const idOf = (value: unknown): string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** Runs an update access function as `req`'s user; anything thrown counts as "no". */
async function mayUpdate(access: UpdateAccess | undefined, req: PayloadRequest) {
  if (!access) return false
  try {
    return (await access({ req })) as boolean | Where
  } catch {
    return false
  }
}

/** The locks `req`'s user may see: their own, and those on what they may edit. */
async function lockScope(req: PayloadRequest): Promise<Where> {
  const user = req.user!
  const clauses: Where[] = [{ 'user.value': { equals: user.id } }]
  // Without `req`: no user, so the holder-naming hook stays out of this internal read.
  const { docs } = await req.payload.find({
    collection: LOCKS_SLUG,
    depth: 0,
    limit: MAX_LOCKS,
    pagination: false,
    // Newest first, so "older ones are ignored" holds and the scope is the same on every read.
    sort: '-updatedAt',
    overrideAccess: true,
  })
  const byCollection = new Map<string, Set<string>>()
  const globals = new Set<string>()
  for (const lock of docs as Array<{ document?: Ref | null; globalSlug?: string | null }>) {
    if (lock.globalSlug) globals.add(lock.globalSlug)
    const slug = lock.document?.relationTo
    const id = idOf(lock.document?.value)
    if (typeof slug === 'string' && id) {
      if (!byCollection.has(slug)) byCollection.set(slug, new Set())
      byCollection.get(slug)!.add(id)
    }
  }
  for (const [slug, ids] of byCollection) {
    const collection = req.payload.collections[slug as keyof typeof req.payload.collections]
    const allowed = await mayUpdate(collection?.config.access.update as UpdateAccess, req)
    if (allowed === true) {
      clauses.push({ 'document.relationTo': { equals: slug } })
    } else if (allowed && typeof allowed === 'object') {
      // A constraint (own drafts, the editor's categories): the locked ids that satisfy it.
      const editable = await req.payload.find({
        collection: slug as never,
        where: { and: [{ id: { in: [...ids] } }, allowed] },
        depth: 0,
        limit: ids.size,
        pagination: false,
        overrideAccess: true,
      })
      const editableIds = editable.docs.map((d) => String((d as { id: unknown }).id))
      if (editableIds.length)
        clauses.push({
          and: [
            { 'document.relationTo': { equals: slug } },
            { 'document.value': { in: editableIds } },
          ],
        })
    }
  }
  for (const slug of globals) {
    const global = req.payload.config.globals.find((g) => g.slug === slug)
    if ((await mayUpdate(global?.access.update as UpdateAccess, req)) === true)
      clauses.push({ globalSlug: { equals: slug } })
  }
  return { or: clauses }
}

/** Payload asks read access several times per request: the scope is worked out once. */
const scopes = new WeakMap<PayloadRequest, Promise<Where>>()

const readLocks: Access = ({ req }) => {
  if (!isStaff(req.user)) return false
  if (isAdmin(req.user)) return true
  let scope = scopes.get(req)
  if (!scope) {
    scope = lockScope(req)
    scopes.set(req, scope)
  }
  return scope
}

/** Whether `req`'s user may edit the document or global a lock update would point at. */
export async function mayEditTarget(req: PayloadRequest, document: unknown, globalSlug: unknown) {
  if (typeof globalSlug === 'string' && globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === globalSlug)
    // A lock on a slug no global has locks nobody out (the role-route matrix writes its marker
    // there); a real global needs the caller's own update access.
    if (global && (await mayUpdate(global.access.update as UpdateAccess, req)) !== true)
      return false
  }
  if (document && typeof document === 'object') {
    const ref = document as Ref
    const slug = ref.relationTo
    const id = idOf(ref.value)
    if (typeof slug !== 'string' || !id) return false
    const collection = req.payload.collections[slug as keyof typeof req.payload.collections]
    const allowed = await mayUpdate(collection?.config.access.update as UpdateAccess, req)
    if (allowed === true) return true
    if (!allowed || typeof allowed !== 'object') return false
    const { totalDocs } = await req.payload.count({
      collection: slug as never,
      where: { and: [{ id: { equals: id } }, allowed] },
      overrideAccess: true,
    })
    return totalDocs > 0
  }
  return true
}

/**
 * Taking over sets the lock's holder: only ever to oneself (admins excepted). Moving a lock
 * (a new `document` or `globalSlug`) is allowed only onto what the caller may edit, or a
 * holder could re-point their own lock at any document and lock its editors out.
 */
const writeLocks: Access = async (args) => {
  const { req, data } = args
  const changes = (data ?? {}) as { user?: Ref; document?: unknown; globalSlug?: unknown }
  const holder = idOf(changes.user?.value)
  if (holder && req.user && holder !== String(req.user.id) && !isAdmin(req.user)) return false
  if (req.user && !isAdmin(req.user) && ('document' in changes || 'globalSlug' in changes)) {
    if (!(await mayEditTarget(req, changes.document, changes.globalSlug))) return false
  }
  return readLocks(args)
}

export function restrictLocks(config: SanitizedConfig): void {
  const locks = config.collections.find((c) => c.slug === LOCKS_SLUG)
  if (!locks) return
  locks.access = {
    ...locks.access,
    read: readLocks,
    update: writeLocks,
    delete: readLocks,
    create: ({ req }) => isAdmin(req.user),
  }
}

/**
 * Which media the public may read: those a published article shows (cover, share image, body
 * photos and galleries, a document's PDF), a published topic shows (banner), a published page
 * shows (photos in its text, its leaders' portraits: ./page-uses) or the site settings use (logo). Kept as a flag on each
 * media record (`publicUse`) so the read rule is a plain query on any database adapter; article
 * and settings hooks call `syncPublicUse` for the media they touched, in the same transaction.
 */
import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/lib/relation-id'
import { mediaIdsOf } from '@/search/sync/to-search-document'

import { allUsedByPagesIfAny, usedByPages } from './page-uses'

export const idsOf = (values: unknown): string[] =>
  Array.isArray(values) ? values.map(relationId).filter((v): v is string => Boolean(v)) : []

/** Flag that lets a public-use update through the reporter guard (set by this module only). */
export const PUBLIC_USE_SYNC = 'mediaPublicUseSync'

/** Banners of published topics (all of them, or only among `ids`). */
async function topicBanners(req: PayloadRequest, ids?: string[]): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'topics',
    where: {
      and: [{ _status: { equals: 'published' } }, ids ? { banner: { in: ids } } : {}],
    },
    select: { banner: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return idsOf(docs.map((doc) => doc.banner))
}

/**
 * Every published topic's banner, for the backfill. Migrations older than the topics table run
 * the backfill too: there the query fails (no table, so no banners) and must not stop them. A
 * failed SELECT leaves a SQLite transaction usable, and MongoDB has no such failure.
 */
async function topicBannersIfAny(req: PayloadRequest): Promise<string[]> {
  try {
    return await topicBanners(req)
  } catch (error) {
    if (/no such table/i.test(String((error as { cause?: unknown }).cause ?? error))) return []
    if (/no such table/i.test(String(error))) return []
    throw error
  }
}

/**
 * The subset of `ids` that published content uses right now (read inside `req`'s transaction).
 * One "is there any?" query per id: a photo can be on hundreds of published articles, and
 * loading them all made every save slower as the archive grew (bench/load, BENCHMARKS.md).
 */
export async function publiclyUsed(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  const used = new Set<string>()
  if (ids.length === 0) return used
  // Published topics' banners: few, so one query for all of `ids`.
  for (const id of await topicBanners(req, ids)) used.add(id)
  for (const id of await usedByPages(req, ids)) used.add(id)
  const site = await req.payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true, req })
  const logo = relationId(site.logo)
  for (const id of new Set(ids)) {
    if (used.has(id)) continue
    if (id === logo) {
      used.add(id)
      continue
    }
    const { docs } = await req.payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, { mediaRefs: { in: [id] } }] },
      select: {},
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (docs.length > 0) used.add(id)
  }
  return used
}

/** Recomputes `publicUse` for the given media and writes only the ones that changed. */
export async function syncPublicUse(req: PayloadRequest, ids: Iterable<string>): Promise<void> {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return
  const used = await publiclyUsed(req, wanted)
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: wanted } },
    select: { publicUse: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const flip = (value: boolean) =>
    docs.filter((m) => Boolean(m.publicUse) !== value && used.has(m.id) === value).map((m) => m.id)
  req.context[PUBLIC_USE_SYNC] = true
  try {
    for (const value of [true, false]) {
      const changed = flip(value)
      if (changed.length === 0) continue
      await req.payload.update({
        collection: 'media',
        where: { id: { in: changed } },
        data: { publicUse: value },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  } finally {
    delete req.context[PUBLIC_USE_SYNC]
  }
}

/**
 * Rebuilds every flag from the articles themselves (for databases that predate the flag, or
 * after a restore): recomputes each article's media list, then marks what published ones use.
 */
export async function backfillPublicUse(payload: Payload, req: PayloadRequest): Promise<number> {
  const articles = await payload.find({
    collection: 'articles',
    select: {
      body: true,
      coverImage: true,
      meta: true,
      document: true,
      mediaRefs: true,
      _status: true,
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const used = new Set<string>()
  for (const article of articles.docs) {
    const refs = mediaIdsOf(article)
    const stored = idsOf(article.mediaRefs)
    if (refs.join() !== stored.join()) {
      // A derived, hidden field: written straight through the adapter so no version is created
      // and no pending draft gets published.
      await payload.db.updateOne({
        collection: 'articles',
        id: article.id,
        data: { mediaRefs: refs },
        req,
      })
    }
    if (article._status === 'published') refs.forEach((id) => used.add(id))
  }
  for (const id of await topicBannersIfAny(req)) used.add(id)
  for (const id of await allUsedByPagesIfAny(req)) used.add(id)
  // Only the logo: this runs inside older migrations, before later columns of the site exist.
  const site = await payload.findGlobal({
    slug: 'site',
    select: { logo: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const logo = relationId(site.logo)
  if (logo) used.add(logo)
  const all = await payload.find({
    collection: 'media',
    select: { publicUse: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const changed = all.docs.filter((m) => m.publicUse !== used.has(m.id))
  for (const m of changed) {
    await payload.db.updateOne({
      collection: 'media',
      id: m.id,
      data: { publicUse: used.has(m.id) },
      req,
    })
  }
  return changed.length
}

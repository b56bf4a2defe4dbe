/**
 * The media that published standing pages show (@/collections/Pages): photos inside their rich
 * text, and the portraits of the published leaders their leader-list blocks show (the picked
 * leaders, or every leader for a block that picks none). Part of the media's public-use rule
 * (./public-use), kept apart because it reads pages and leaders rather than articles.
 */
import type { PayloadRequest, Where } from 'payload'

import { relationId } from '@/lib/relation-id'

const PUBLISHED: Where = { _status: { equals: 'published' } }

const idList = (values: unknown): string[] =>
  Array.isArray(values) ? values.map(relationId).filter((v): v is string => Boolean(v)) : []

/** Published pages, only the derived fields the rule needs (optionally only those using `ids`). */
async function publishedPages(req: PayloadRequest, where?: Where) {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: where ? { and: [PUBLISHED, where] } : PUBLISHED,
    select: { mediaRefs: true, leaderRefs: true, allLeaders: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Published leaders with a photo (optionally only those whose photo is among `ids`). */
async function leadersWithPhotos(req: PayloadRequest, ids?: string[]) {
  const { docs } = await req.payload.find({
    collection: 'leaders',
    where: { and: [PUBLISHED, ids ? { photo: { in: ids } } : { photo: { exists: true } }] },
    select: { photo: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((l) => ({ id: l.id, photo: relationId(l.photo) }))
}

/** The subset of `ids` that published pages show, directly or as a leader's portrait. */
export async function usedByPages(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  const used = new Set<string>()
  if (ids.length === 0) return used
  for (const page of await publishedPages(req, { mediaRefs: { in: ids } }))
    for (const id of idList(page.mediaRefs)) if (ids.includes(id)) used.add(id)
  const leaders = (await leadersWithPhotos(req, ids)).filter((l) => l.photo && !used.has(l.photo))
  if (leaders.length === 0) return used
  const pages = await publishedPages(req, {
    or: [{ allLeaders: { equals: true } }, { leaderRefs: { in: leaders.map((l) => l.id) } }],
  })
  const all = pages.some((p) => p.allLeaders)
  const shown = new Set(pages.flatMap((p) => idList(p.leaderRefs)))
  for (const leader of leaders)
    if (leader.photo && (all || shown.has(leader.id))) used.add(leader.photo)
  return used
}

/** Every media id published pages show, for the backfill. */
export async function allUsedByPages(req: PayloadRequest): Promise<Set<string>> {
  const used = new Set<string>()
  const pages = await publishedPages(req)
  for (const page of pages) idList(page.mediaRefs).forEach((id) => used.add(id))
  const all = pages.some((p) => p.allLeaders)
  const shown = new Set(pages.flatMap((p) => idList(p.leaderRefs)))
  for (const leader of await leadersWithPhotos(req))
    if (leader.photo && (all || shown.has(leader.id))) used.add(leader.photo)
  return used
}

/**
 * The backfill runs inside migrations older than the pages table too: there the query fails (no
 * table, so nothing used) and must not stop them, as with topics' banners.
 */
export async function allUsedByPagesIfAny(req: PayloadRequest): Promise<Set<string>> {
  try {
    return await allUsedByPages(req)
  } catch (error) {
    const text = `${String((error as { cause?: unknown }).cause ?? '')} ${String(error)}`
    if (/no such (table|column)/i.test(text)) return new Set()
    throw error
  }
}

/**
 * Photo credits → author records, for royalty lines: the article's photos grouped by the
 * photographer's name, and the author record of each name, created on the fly when there is none
 * (a photographer without a byline page). Names match exactly after whitespace normalisation
 * (person-name.ts): "Thu Hà" never becomes "Thu Hạ".
 */
import type { PayloadRequest } from 'payload'

import { mediaCreditsOf } from '@/collections/Articles/photo-credits'
import { creditOf, photoUses } from '@/collections/Articles/photo-uses'
import { slugify } from '@/lib/slugify'

import { normalisePersonName } from './person-name'

/** Each photographer's name with how many of the article's photos carry it. */
export async function photographersOf(
  req: PayloadRequest,
  article: { body?: unknown; coverImage?: unknown },
): Promise<Array<{ name: string; photos: number }>> {
  const uses = photoUses(article)
  const credits = await mediaCreditsOf(req, uses)
  // The same photo shown twice (cover and body) is one photo.
  const photosBy = new Map<string, Set<string>>()
  for (const use of uses) {
    const name = normalisePersonName(creditOf(use, credits))
    if (!name) continue
    const set = photosBy.get(name) ?? new Set<string>()
    set.add(use.mediaId)
    photosBy.set(name, set)
  }
  return [...photosBy].map(([name, photos]) => ({ name, photos: photos.size }))
}

/** A slug no other author has: "thu-ha", else "thu-ha-2", … (Thu Hà and Thu Hạ share a base). */
async function freeSlug(req: PayloadRequest, name: string): Promise<string> {
  const base = slugify(name) || 'tac-gia'
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: 'authors',
      where: { slug: { equals: slug } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return slug
  }
  return `${base}-${Date.now()}`
}

/** The id of the author named exactly `name` (normalised), created when missing. */
export async function authorForName(req: PayloadRequest, rawName: string): Promise<string> {
  const name = normalisePersonName(rawName)
  // `like` matches every word case-insensitively: a superset, narrowed to the exact name here.
  const { docs } = await req.payload.find({
    collection: 'authors',
    where: { name: { like: name } },
    select: { name: true },
    sort: 'createdAt',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  const found = docs.find((doc) => normalisePersonName(doc.name) === name)
  if (found) return found.id
  const created = await req.payload.create({
    collection: 'authors',
    data: { name, slug: await freeSlug(req, name) },
    depth: 0,
    overrideAccess: true,
    req,
  })
  req.payload.logger.info(`Author "${name}" created from a photo credit for royalties`)
  return created.id
}

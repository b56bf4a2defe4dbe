/**
 * Merges one author or tag into another: every article (its stored record, its drafts and its
 * saved versions) and every user account that refers to `from` is made to refer to `into`, and
 * then `from` is deleted, all in one transaction. Versions are history, so they are rewritten in
 * place (no new version, no pending draft published) through Payload's database adapter, which
 * works the same on SQLite and MongoDB; `into` takes over the public-use flag, published articles
 * are then reindexed and pages refreshed.
 */
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { syncTaxonomyPublicUse } from '@/collections/Articles/taxonomy-public-use'
import { reassignRoyaltyPayee } from '@/royalties/merge-payee'
import { enqueueIndex } from '@/search/sync/enqueue'
import { invalidateSite } from '@/site/cache/invalidate'

export type MergeCollection = 'authors' | 'tags'

export interface MergeResult {
  articles: number
  versions: number
  users: number
}

const idOf = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as { id: unknown }).id)
    : String(value)

/** `from` becomes `into`, keeping the order and dropping a duplicate. */
export function reassign(values: unknown, from: string, into: string): string[] {
  const ids = (Array.isArray(values) ? values : []).map(idOf).map((id) => (id === from ? into : id))
  return [...new Set(ids)]
}

async function exists(
  payload: Payload,
  req: PayloadRequest,
  collection: MergeCollection,
  id: string,
) {
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return found.totalDocs > 0
}

async function reassignEverywhere(
  payload: Payload,
  req: PayloadRequest,
  field: MergeCollection,
  from: string,
  into: string,
): Promise<MergeResult & { published: string[] }> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { [field]: { in: [from] } },
    select: { [field]: true, _status: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    const values = doc[field]
    await payload.db.updateOne({
      collection: 'articles',
      id: doc.id,
      data: { [field]: reassign(values, from, into) },
      req,
    })
  }
  const versions = await payload.db.findVersions({
    collection: 'articles',
    where: { [`version.${field}`]: { in: [from] } },
    limit: 0,
    pagination: false,
    req,
  })
  for (const version of versions.docs) {
    const data = version.version as Record<string, unknown>
    await payload.db.updateVersion({
      collection: 'articles',
      id: version.id,
      versionData: { ...version, version: { ...data, [field]: reassign(data[field], from, into) } },
      req,
    })
  }
  let users = 0
  if (field === 'authors') {
    await reassignRoyaltyPayee(payload, req, from, into)
    const updated = await payload.update({
      collection: 'users',
      where: { author: { equals: from } },
      data: { author: into },
      depth: 0,
      overrideAccess: true,
      req,
    })
    users = updated.docs.length
  }
  const published = docs.filter((d) => d._status === 'published').map((d) => d.id)
  return { articles: docs.length, versions: versions.docs.length, users, published }
}

export async function mergeRecords(
  payload: Payload,
  collection: MergeCollection,
  from: string,
  into: string,
): Promise<MergeResult> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    for (const id of [from, into]) {
      if (!(await exists(payload, req, collection, id)))
        throw new Error(`not found in ${collection}: ${id}`)
    }
    const { published, ...result } = await reassignEverywhere(payload, req, collection, from, into)
    await payload.delete({ collection, id: from, overrideAccess: true, req })
    // The adapter writes above run no hooks: `into` is public now if `from` was.
    await syncTaxonomyPublicUse(req, collection, [into])
    await enqueueIndex(req, published)
    // Recorded in the same transaction, so the running server sees the merge within a second.
    await invalidateSite(req)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

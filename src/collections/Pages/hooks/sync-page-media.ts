import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { idsOf, syncPublicUse } from '@/collections/Media/public-use'

/**
 * Keeps media's `publicUse` flag in step with published pages: the photos in their text and the
 * portraits of the leaders they list. Only the stored (main) page counts (a draft saved on top
 * changes nothing readers see), so what it showed before the save is read first, and both the old
 * and the new media are re-checked after it.
 */
interface PageRefs {
  published: boolean
  mediaRefs: string[]
  leaderRefs: string[]
  allLeaders: boolean
}

const key = (id: unknown) => `storedPageBefore:${String(id)}`

const refsOf = (doc: Record<string, unknown> | null | undefined): PageRefs => ({
  published: doc?._status === 'published',
  mediaRefs: idsOf(doc?.mediaRefs),
  leaderRefs: idsOf(doc?.leaderRefs),
  allLeaders: doc?.allLeaders === true,
})

export const rememberStoredPage: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.findByID({
    collection: 'pages',
    id: String(originalDoc.id),
    select: { _status: true, mediaRefs: true, leaderRefs: true, allLeaders: true },
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (stored) req.context[key(originalDoc.id)] = refsOf(stored)
  return data
}

/** Portraits of the given leaders, or of every leader when `all`. */
async function portraits(req: PayloadRequest, leaders: string[], all: boolean): Promise<string[]> {
  if (!all && leaders.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'leaders',
    where: all ? { photo: { exists: true } } : { id: { in: leaders } },
    select: { photo: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return idsOf(docs.map((l) => l.photo))
}

async function sync(req: PayloadRequest, refs: PageRefs[]): Promise<void> {
  const media = refs.flatMap((r) => r.mediaRefs)
  const leaders = refs.flatMap((r) => r.leaderRefs)
  const all = refs.some((r) => r.allLeaders)
  await syncPublicUse(req, [...media, ...(await portraits(req, leaders, all))])
}

export const syncPageMediaAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const before = req.context[key(doc.id)] as PageRefs | undefined
  const now = refsOf(doc)
  if (!now.published && !before?.published) return doc
  await sync(req, before ? [before, now] : [now])
  return doc
}

export const syncPageMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await sync(req, [refsOf(doc)])
  return doc
}

import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { documentTitle } from '../document-title'
import { recordAudit } from '../record'

/**
 * Publish and unpublish of a versioned collection, judged by what readers see: the main
 * document's `_status`, not the latest version's. Payload hands hooks the latest version as the
 * "previous" document (a pending draft over a published article looks like a draft) and a draft
 * saved over a published document arrives with `_status: 'draft'` while readers still see the
 * published one, so the stored main document is read before and, when it matters, after.
 * Publishing changes to an already published document counts as a publish too: it changes
 * what readers see. Restores are recorded by audit-restore.ts instead.
 */
const WAS = 'auditLog:wasPublished'

type Status = { _status?: string | null } | null | undefined
const published = (doc: unknown) => (doc as Status)?._status === 'published'

const stash = (req: PayloadRequest): Record<string, boolean> => {
  const existing = req.context[WAS]
  if (existing && typeof existing === 'object') return existing as Record<string, boolean>
  const fresh: Record<string, boolean> = {}
  req.context[WAS] = fresh
  return fresh
}

const mainStatus = async (req: PayloadRequest, collection: CollectionSlug, id: string | number) =>
  published(await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req }))

export const rememberPublished: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: string | number } | undefined)?.id
  if (operation === 'update' && id !== undefined)
    stash(req)[`${collection.slug}:${id}`] = await mainStatus(req, collection.slug, id)
  return data
}

export const auditPublish: CollectionAfterChangeHook = async ({
  collection,
  context,
  data,
  doc,
  req,
}) => {
  const key = `${collection.slug}:${doc.id}`
  const was = stash(req)[key] ?? false
  delete stash(req)[key]
  if (context.isRestoringVersion) return doc
  let action: 'publish' | 'unpublish' | undefined
  if (published(doc) && (!was || published(data))) action = 'publish'
  else if (was && !published(doc) && !(await mainStatus(req, collection.slug, doc.id)))
    action = 'unpublish'
  if (!action) return doc
  await recordAudit(
    req.payload,
    {
      action,
      collectionSlug: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitle(doc),
      summary:
        action === 'unpublish'
          ? '_status: published → draft'
          : was
            ? '_status: published (changes published)'
            : '_status: draft → published',
    },
    req,
  )
  return doc
}

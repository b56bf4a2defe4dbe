import type { CollectionAfterChangeHook } from 'payload'

/**
 * Payload drops a document's lock on every successful save, the holder's own included, and
 * its admin takes it again only at the editor's next keystroke. Articles autosave every two
 * seconds, so the lock was gone whenever the editor paused and a second editor opening the
 * piece was not told it was being edited. An admin autosave by someone (`?autosave=true`)
 * therefore puts their lock back, in the same transaction; it still ends when they leave the
 * document (src/components/admin/locks: Payload's admin would not release it, autosaving
 * documents never show its "leave without saving?" dialog) or lapses after the lock duration
 * without activity.
 */
export const keepLockOnAutosave: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const user = req.user
  const autosave = req.searchParams?.get('autosave') === 'true'
  if (!autosave || !user || user.collection !== 'users') return doc
  try {
    await req.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: collection.slug as 'articles', value: String(doc.id) },
        user: { relationTo: 'users', value: String(user.id) },
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.warn({ err: error }, `Lock of article ${doc.id} not kept after autosave`)
  }
  return doc
}

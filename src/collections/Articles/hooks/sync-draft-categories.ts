import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'

import { refIds } from '../stages/ids'

const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id))

/**
 * Per-category rights are query constraints on an article's main row (access.ts), but a draft
 * save (the admin's autosave, `?draft=true`) writes only a new version. An article created in
 * the admin gets its category from a later autosave, so its main row had none: the editors of
 * that category saw it in their lists (lists read the newest versions) but could neither open,
 * edit nor move it ("Không tìm thấy"). For an article that is not live, this copies the
 * categories of each draft save onto the main row, in the same transaction; a live article keeps
 * its published categories there until the next publication writes the row.
 *
 * Autosaves come every few seconds while someone types, so the main row is read only when the
 * categories differ from the previous version's (`previousDoc`, the newest version this save
 * follows): when they are equal, the previous save already brought the row in step (or the row
 * holds a live article's categories, which stay).
 */
export const syncDraftCategories: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (doc._status === 'published') return doc
  const wanted = refIds(doc.categories)
  if (operation === 'update' && previousDoc && sameSet(refIds(previousDoc.categories), wanted))
    return doc
  const main = await req.payload.db.findOne<Article>({
    collection: 'articles',
    where: { id: { equals: doc.id } },
    req,
  })
  if (!main || main._status === 'published') return doc
  if (sameSet(refIds(main.categories), wanted)) return doc
  await req.payload.db.updateOne({
    collection: 'articles',
    id: doc.id,
    data: { categories: wanted },
    req,
  })
  return doc
}

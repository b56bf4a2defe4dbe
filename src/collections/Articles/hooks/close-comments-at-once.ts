import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { invalidatePages } from '@/site/cache/invalidate'

import { isDraftSave } from '../stages/save-mode'
import { storedArticle } from './remember-stored-article'

/**
 * Closing (or reopening) readers' comments on a live article takes effect at once, though the
 * editor's save is a draft. Everything else in a draft waits for an approver to publish it, but
 * closing comments is moderation, not content: an editor facing a flood of comments on one piece
 * must not need the four-eyes publication (nor publish the other unapproved edits of the draft)
 * to stop it. So a draft save that changes `commentsClosed` on an article whose stored (main)
 * document is published writes that one field to the main document, as the public site and the
 * comment form read it (src/feedback/targets.ts), and drops that article's cached page. The draft
 * itself keeps the value too, so the next publication carries it.
 *
 * Who can: whoever may save the article, the same people who may publish its other fields as a
 * draft (reporters never edit a live article). Autosaves come every few seconds: the stored
 * value is the one rememberStoredArticle read already, so nothing more is read, and nothing is
 * written unless it differs. It is compared with the stored article, not with the version this
 * save follows: a draft that already held the value (saved before this took effect, or over a
 * main row written alone) would otherwise show comments closed while the site took them.
 */
export const closeCommentsAtOnce: CollectionAfterChangeHook<Article> = async ({
  doc,
  operation,
  req,
}) => {
  // A publication writes the main document itself.
  if (operation !== 'update' || !isDraftSave(req) || doc._status === 'published') return doc
  const wanted = doc.commentsClosed === true
  const stored = storedArticle(req, doc.id)
  if (!stored?.published || stored.commentsClosed === wanted || !stored.slug) return doc
  await req.payload.db.updateOne({
    collection: 'articles',
    id: doc.id,
    data: { commentsClosed: wanted },
    req,
  })
  await invalidatePages(req, { paths: [`/bai-viet/${stored.slug}`] })
  return doc
}

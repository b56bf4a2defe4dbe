/**
 * The desk's box of the newest reader comments awaiting moderation, read as the person
 * (`overrideAccess: false`), so they see what the comments list would show them: moderators
 * get the box, anyone the comments' access turns away does not.
 */
import type { Payload, PayloadRequest } from 'payload'

import { COMMENTS_SLUG } from '@/collections/Comments'

export { COMMENTS_SLUG }

export interface PendingComment {
  id: string
  excerpt: string
  at: string | null
  articleId: string | null
}

export interface PendingComments {
  rows: PendingComment[]
  total: number
}

export async function newestPendingComments(
  payload: Payload,
  user: NonNullable<PayloadRequest['user']>,
  limit = 5,
): Promise<PendingComments | null> {
  try {
    const res = await payload.find({
      collection: COMMENTS_SLUG,
      where: { status: { equals: 'pending' } },
      sort: '-createdAt',
      limit,
      depth: 0,
      overrideAccess: false,
      user,
    })
    return {
      total: res.totalDocs,
      rows: res.docs.map((doc) => ({
        id: String(doc.id),
        excerpt: doc.text.slice(0, 160),
        at: doc.createdAt,
        articleId:
          typeof doc.article === 'object' && doc.article !== null
            ? String(doc.article.id)
            : doc.article == null
              ? null
              : String(doc.article),
      })),
    }
  } catch (error) {
    // Reporters and readers may not read comments: the desk leaves the box out for them.
    if ((error as { status?: number }).status === 403) return null
    payload.logger.warn({ err: error }, 'Desk: pending comments could not be read')
    return null
  }
}

/**
 * The desk's slot for the newest reader comments awaiting moderation. Comments are another
 * piece of work (a `comments` collection built separately): until that collection exists this
 * returns null and the desk shows nothing. When it does, the comments are read as the person
 * (`overrideAccess: false`), so they see what the comments list would show them.
 *
 * Assumed shape, to adjust when comments land: a `status` field whose value `pending` marks a
 * comment awaiting moderation, a text in `body` (or `content`/`text`), an `article` relationship.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export const COMMENTS_SLUG = 'comments'

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

const textOf = (doc: Record<string, unknown>): string => {
  for (const key of ['body', 'content', 'text', 'message'])
    if (typeof doc[key] === 'string') return (doc[key] as string).slice(0, 160)
  return ''
}

export async function newestPendingComments(
  payload: Payload,
  user: NonNullable<PayloadRequest['user']>,
  limit = 5,
): Promise<PendingComments | null> {
  const collection = payload.collections[COMMENTS_SLUG as CollectionSlug]
  if (!collection) return null
  const hasStatus = collection.config.flattenedFields.some((f) => f.name === 'status')
  try {
    const res = await payload.find({
      collection: COMMENTS_SLUG as CollectionSlug,
      where: hasStatus ? { status: { equals: 'pending' } } : {},
      sort: '-createdAt',
      limit,
      depth: 0,
      overrideAccess: false,
      user,
    })
    return {
      total: res.totalDocs,
      rows: res.docs.map((doc) => {
        const d = doc as unknown as Record<string, unknown>
        const article = d.article
        return {
          id: String(d.id),
          excerpt: textOf(d),
          at: typeof d.createdAt === 'string' ? d.createdAt : null,
          articleId:
            typeof article === 'string' || typeof article === 'number' ? String(article) : null,
        }
      }),
    }
  } catch (error) {
    // Not readable by this person, or a different shape: the desk simply leaves the slot out.
    payload.logger.warn({ err: error }, 'Desk: pending comments could not be read')
    return null
  }
}

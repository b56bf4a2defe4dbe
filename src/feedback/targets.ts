import type { Payload } from 'payload'

import { isDocumentId } from '@/lib/document-id'

import type { FeedbackKind } from './fields'

/** Where a form lives: the page it is re-rendered on and the anchor of the form. */
export interface FeedbackTarget {
  path: string
  anchor: string
  articleId?: string
  closed: boolean
}

export const QUESTIONS_PATH = '/hoi-dap'

/**
 * The page a submission belongs to. Comments only on a published article that is open for
 * them; `null` when the article does not exist (or is not public), which the route answers 404.
 */
export async function feedbackTarget(
  payload: Payload,
  kind: FeedbackKind,
  articleId: unknown,
): Promise<FeedbackTarget | null> {
  if (kind === 'question') return { path: QUESTIONS_PATH, anchor: 'dat-cau-hoi', closed: false }
  if (!isDocumentId(articleId)) return null
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
    select: { slug: true, commentsClosed: true },
    depth: 0,
    limit: 1,
    draft: false,
    overrideAccess: true,
  })
  const article = docs[0]
  if (!article?.slug) return null
  return {
    path: `/bai-viet/${encodeURIComponent(article.slug)}`,
    anchor: 'y-kien',
    articleId: article.id,
    closed: article.commentsClosed === true,
  }
}

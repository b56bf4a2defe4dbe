import type { TaskConfig } from 'payload'

import { getSearchEngine } from '@/search/engine'

import { INDEX_TASK } from './index-task-slug'
import { findPublishedQuestion, questionToSearchDocument } from './question-document'
import { indexRetryPolicy } from './retry-policy'
import { toSearchDocument } from './to-search-document'

/**
 * Brings one article's (or answered question's) index entry in step with its *published* state,
 * whatever triggered it:
 * published → upsert, draft-only, unpublished or deleted → remove. Idempotent, so retries and
 * duplicate jobs are harmless. Errors propagate: the queue retries with exponential backoff
 * (about 17 minutes in total, retry-policy.ts); a job still failing after that is re-queued by
 * reconciliation once the engine is back (reconcile.ts).
 */
export const indexArticleTask: TaskConfig<{ input: { id: string }; output: { action: string } }> = {
  slug: INDEX_TASK,
  label: 'Cập nhật chỉ mục tìm kiếm',
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  outputSchema: [{ name: 'action', type: 'text', required: true }],
  retries: indexRetryPolicy(),
  handler: async ({ input, req }) => {
    const { docs } = await req.payload.find({
      collection: 'articles',
      where: { and: [{ id: { equals: input.id } }, { _status: { equals: 'published' } }] },
      depth: 1,
      limit: 1,
      draft: false,
      overrideAccess: true,
      req,
    })
    const engine = await getSearchEngine(req.payload)
    const article = docs[0]
    // Not a published article: perhaps an answered question (same id space, see
    // question-document.ts); neither means it leaves the index.
    const document = article
      ? toSearchDocument(article)
      : await findPublishedQuestion(req, input.id).then((q) => q && questionToSearchDocument(q))
    if (!document) {
      await engine.remove([input.id])
      return { output: { action: 'removed' } }
    }
    await engine.upsert([document])
    return { output: { action: 'upserted' } }
  },
}

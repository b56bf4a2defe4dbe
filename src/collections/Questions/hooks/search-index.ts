import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { enqueueIndex } from '@/search/sync/enqueue'

/*
 * Answered, published questions are in the site search (kind `question`). Like articles, any
 * change that touches the public state queues an index job; the job reads the question's state
 * when it runs (search/sync/index-task.ts), so the order of jobs does not matter.
 */
export const indexQuestionAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status === 'published' || previousDoc?.status === 'published')
    await enqueueIndex(req, [String(doc.id)])
  return doc
}

export const indexQuestionAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await enqueueIndex(req, [String(id)])
}

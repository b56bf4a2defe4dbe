import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { refId } from '@/collections/Articles/stages/ids'

/**
 * A note's author is whoever writes it (never what the client sends), and a note goes only on
 * an article the writer may read: otherwise a scoped editor or a reporter could attach notes to,
 * and so learn the existence of, pieces outside their reach. The article never changes after.
 */
export const checkNoteArticle: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next = { ...data }
  if (operation === 'update') {
    next.article = refId((originalDoc as { article?: unknown } | undefined)?.article)
    next.author = refId((originalDoc as { author?: unknown } | undefined)?.author)
    return next
  }
  const user = req.user
  if (!user) return next // trusted server code (seed, tests) names the author itself
  next.author = String(user.id)
  const articleId = refId(next.article)
  const found = articleId
    ? await req.payload.find({
        collection: 'articles',
        where: { id: { equals: articleId } },
        depth: 0,
        limit: 1,
        draft: true,
        overrideAccess: false,
        user,
        req,
      })
    : null
  if (!found?.docs.length)
    throw new APIError(
      'Không tìm thấy bài viết để ghi chú, hoặc bạn không có quyền với bài này.',
      400,
      null,
      true,
    )
  return next
}

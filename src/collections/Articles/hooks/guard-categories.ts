import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { scopedCategories } from '@/access/categories'

import { refId, refIds } from '../stages/ids'

/**
 * Second line behind the access functions' category scope: a scoped editor or approver may not
 * move an article into categories outside their own (nor take it out of theirs), whatever route
 * the change comes by. Their own articles stay theirs.
 */
export const guardCategories: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const scope = scopedCategories(req.user)
  if (!scope || !req.user) return data
  const author = refId(
    data.createdBy ?? (originalDoc as { createdBy?: unknown } | undefined)?.createdBy,
  )
  if (author === String(req.user.id)) return data
  const categories = refIds('categories' in data ? data.categories : originalDoc?.categories)
  if (categories.length > 0 && categories.some((id) => scope.includes(id))) return data
  const names = await req.payload.find({
    collection: 'categories',
    where: { id: { in: scope } },
    depth: 0,
    limit: scope.length,
    overrideAccess: true,
    req,
  })
  throw new APIError(
    `Bạn chỉ được xử lý bài thuộc chuyên mục được giao: ${names.docs.map((c) => c.title).join(', ')}.`,
    403,
    null,
    true,
  )
}

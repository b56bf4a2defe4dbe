import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { isEditorOrAdmin } from '@/access/roles'

/** Reporters may only move their story between "writing" and "submitted for review". */
export const validateReviewState: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || isEditorOrAdmin(req.user)) return data
  const next = data.reviewState as string | undefined
  if (next && next !== originalDoc?.reviewState && next === 'returned') {
    throw new APIError('Chỉ biên tập viên mới được trả lại bài viết.', 403, null, true)
  }
  return data
}

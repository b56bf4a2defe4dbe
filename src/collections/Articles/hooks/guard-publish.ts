import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { isEditorOrAdmin } from '@/access/roles'

/**
 * Second line of defence behind the access functions: whatever route a change arrives by
 * (REST, GraphQL, admin server functions, a scheduled job running as its user), only editors
 * and admins may make an article published. `req.user` is empty for trusted server code
 * (seed, importer, jobs without a user) which runs with overrideAccess.
 */
export const guardPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user) return data
  // Publishing and saving over a published version both change what readers see.
  if (data._status === 'published' && !isEditorOrAdmin(req.user)) {
    req.payload.logger.warn(`Blocked publish attempt by user ${req.user.id} on article`)
    throw new APIError(
      'Phóng viên không được xuất bản bài viết. Hãy gửi bài để biên tập viên duyệt.',
      403,
      null,
      true,
    )
  }
  return data
}

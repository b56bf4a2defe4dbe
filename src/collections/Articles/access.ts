import { type Access, APIError, type PayloadRequest, type Where } from 'payload'

import { categoryScope, scopedCategories } from '@/access/categories'
import { canPublish, isEditorial, isStaff } from '@/access/roles'

const published: Where = { _status: { equals: 'published' } }

/**
 * The public reads published articles only; a reporter also reads their own drafts; editors
 * and approvers read everything, or only their categories (and their own) when scoped.
 */
export const readArticles: Access = ({ req }) => {
  const user = req.user
  if (isEditorial(user) && user) {
    const scope = scopedCategories(user)
    return scope ? categoryScope(user, scope) : true
  }
  if (isStaff(user) && user) {
    return { or: [published, { createdBy: { equals: user.id } }] }
  }
  return published
}

const wantsPublish = (data: unknown): boolean =>
  (data as { _status?: string } | undefined)?._status === 'published'

export const PUBLISH_REFUSED =
  'Chỉ lãnh đạo duyệt bài hoặc quản trị được đăng bài (xuất bản, hẹn giờ đăng), khi bài ở giai đoạn "Chờ duyệt đăng". Phóng viên gửi bài sang "Chờ biên tập"; biên tập viên chuyển "Chờ duyệt đăng".'

/**
 * A publish attempt over the API is answered with who may publish. The admin's own permission
 * probes (`/access/` routes, page renders on the Local API) still get a plain false, which is
 * what hides its Publish and Schedule buttons.
 */
function refusePublish(req: PayloadRequest): false {
  const probe = req.pathname?.includes('/access') ?? false
  const mutation =
    req.payloadAPI === 'GraphQL' ||
    (req.payloadAPI === 'REST' && (req.method === 'PATCH' || req.method === 'POST'))
  if (mutation && !probe) throw new APIError(PUBLISH_REFUSED, 403, null, true)
  return false
}

/**
 * Only approvers and admins publish. Payload's admin asks this function with
 * `_status: 'published'` to decide whether to show the Publish and Schedule buttons, so
 * answering false hides them. The stage hook checks the rest (four-eyes, the stage).
 */
export const createArticles: Access = ({ req, data }) => {
  if (!isStaff(req.user)) return false
  if (wantsPublish(data) && !canPublish(req.user)) return refusePublish(req)
  return true
}

/**
 * Editors and approvers edit what they may read; reporters edit only their own articles that
 * have never been published (an unpublished one keeps its first-publication stamp). Who may
 * move the stage is the transition table's business (hooks/apply-stage.ts).
 */
export const updateArticles: Access = ({ req, data }) => {
  const user = req.user
  if (!user || !isStaff(user)) return false
  if (wantsPublish(data) && !canPublish(user)) return refusePublish(req)
  if (isEditorial(user)) {
    const scope = scopedCategories(user)
    return scope ? categoryScope(user, scope) : true
  }
  const own: Where = { createdBy: { equals: user.id } }
  const unpublished: Where = { _status: { not_equals: 'published' } }
  const neverPublished: Where = { firstPublishedAt: { exists: false } }
  return { and: [own, unpublished, neverPublished] }
}

/**
 * Deleting is for editors, approvers and admins (within their categories when scoped). A piece
 * on the site comes down only by "Gỡ bài", with a reason, by an approver: so an editor deletes
 * only articles that are not published, as with pages, and a compromised editor account cannot
 * take the live site down without a trace of why.
 */
export const deleteArticles: Access = ({ req }) => {
  const user = req.user
  if (!isEditorial(user) || !user) return false
  const scope = scopedCategories(user)
  const constraints: Where[] = scope ? [categoryScope(user, scope)] : []
  if (!canPublish(user)) constraints.push({ _status: { not_equals: 'published' } })
  if (!constraints.length) return true
  return constraints.length === 1 ? (constraints[0] as Where) : { and: constraints }
}

export const readArticleVersions: Access = ({ req }) => {
  const user = req.user
  if (isEditorial(user) && user) {
    const scope = scopedCategories(user)
    return scope ? categoryScope(user, scope, 'version.') : true
  }
  if (isStaff(user) && user) return { 'version.createdBy': { equals: user.id } }
  return false
}

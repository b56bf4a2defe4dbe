import { type Access, APIError, type PayloadRequest, type Where } from 'payload'

import { staffOrPublished } from '@/access/published'
import { canPublish, isEditorial, staffOnly } from '@/access/roles'

/**
 * Standing pages (Giới thiệu, Cơ cấu tổ chức …) follow the articles' publishing rule: editors
 * write drafts, only approvers (lãnh đạo duyệt bài) and admins publish, unpublish or change the
 * live page. Staff read drafts; readers see published pages only.
 */
export const PAGE_PUBLISH_REFUSED =
  'Chỉ lãnh đạo duyệt bài hoặc quản trị được xuất bản, gỡ hoặc sửa trực tiếp trang đang đăng. Biên tập viên lưu bản nháp để lãnh đạo duyệt.'

const wantsPublish = (data: unknown): boolean =>
  (data as { _status?: string } | undefined)?._status === 'published'

/**
 * Over REST and GraphQL a refused publish says who may publish; the admin's own permission probes
 * get a plain false, which hides its Publish button (as for articles).
 */
function refusePublish(req: PayloadRequest): false {
  const probe = req.pathname?.includes('/access') ?? false
  const mutation =
    req.payloadAPI === 'GraphQL' ||
    (req.payloadAPI === 'REST' && (req.method === 'PATCH' || req.method === 'POST'))
  if (mutation && !probe) throw new APIError(PAGE_PUBLISH_REFUSED, 403, null, true)
  return false
}

export const writePages: Access = ({ req, data }) => {
  if (!isEditorial(req.user)) return false
  if (wantsPublish(data) && !canPublish(req.user)) return refusePublish(req)
  return true
}

/** Editors delete pages that are not on the site; approvers and admins any page. */
export const deletePages: Access = ({ req }) => {
  if (canPublish(req.user)) return true
  if (isEditorial(req.user)) return { _status: { not_equals: 'published' } } satisfies Where
  return false
}

export const pagesAccess = {
  read: staffOrPublished,
  create: writePages,
  update: writePages,
  delete: deletePages,
  readVersions: staffOnly,
}

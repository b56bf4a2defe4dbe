import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

import { isEditorial } from '@/access/roles'
import { PUBLIC_USE_SYNC, publiclyUsed } from '@/collections/Media/public-use'

/**
 * Second line behind the access rule, asked of the articles themselves rather than the stored
 * flag: whatever route a change arrives by, only editors touch media that published content uses.
 * Trusted server code (no user) and the flag's own sync pass through.
 */
async function refuseIfPublic(req: PayloadRequest, id: string | number | undefined): Promise<void> {
  if (!req.user || isEditorial(req.user) || req.context[PUBLIC_USE_SYNC] || id == null) return
  const used = await publiclyUsed(req, [String(id)])
  if (used.size === 0) return
  req.payload.logger.warn(`Blocked change of published media ${String(id)} by user ${req.user.id}`)
  throw new APIError(
    'Ảnh/tệp này đang được dùng trong bài đã xuất bản; chỉ biên tập viên được sửa hoặc xóa.',
    403,
    null,
    true,
  )
}

export const guardPublicMediaChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update') await refuseIfPublic(req, originalDoc?.id as string | undefined)
  return data
}

export const guardPublicMediaDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await refuseIfPublic(req, id)
}

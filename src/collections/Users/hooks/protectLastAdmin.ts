import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

/** A portal without an admin cannot be managed any more; refuse to delete the last one. */
export const protectLastAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { contains: 'admin' } },
    limit: 2,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 1 && docs[0]?.id === id) {
    throw new APIError('Không thể xóa tài khoản quản trị cuối cùng.', 400, null, true)
  }
}

import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

/**
 * A portal without an admin cannot be managed any more: refuse to delete the last admin, and
 * refuse to take the admin role away from them (an admin demoting themselves, or another admin
 * demoting the only other one), whatever route the change comes by.
 */
async function otherAdmins(req: PayloadRequest, id: string | number): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

const isAdminRoles = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('admin')

export const protectLastAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (user && isAdminRoles(user.roles) && (await otherAdmins(req, id)) === 0) {
    throw new APIError('Không thể xóa tài khoản quản trị cuối cùng.', 400, null, true)
  }
}

export const protectLastAdminRole: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || !('roles' in data)) return data
  if (!isAdminRoles(originalDoc.roles) || isAdminRoles(data.roles)) return data
  if ((await otherAdmins(req, originalDoc.id as string)) === 0) {
    throw new APIError(
      'Không thể bỏ quyền quản trị của tài khoản quản trị cuối cùng. Hãy cấp quyền quản trị cho người khác trước.',
      400,
      null,
      true,
    )
  }
  return data
}

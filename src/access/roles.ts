import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

/**
 * The newsroom's roles (README, Roles). A person may hold several: an editor who also approves
 * has both. `approver` (lãnh đạo duyệt bài) is the only role besides admin that may publish.
 */
export const ROLES = ['admin', 'approver', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function rolesOf(user: MaybeUser): Role[] {
  if (!user || user.collection !== 'users') return []
  return (user as { roles?: Role[] | null }).roles ?? []
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return rolesOf(user).some((role) => roles.includes(role))
}

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')
/** The desk: editors, approvers and admins (everything an editor could do before approvers). */
export const isEditorial = (user: MaybeUser): boolean =>
  hasRole(user, 'admin', 'editor', 'approver')
/** Who may make an article public (publish, schedule, unpublish). */
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'approver')
export const isStaff = (user: MaybeUser): boolean =>
  hasRole(user, 'admin', 'approver', 'editor', 'reporter')

export const anyone: Access = () => true
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const editorsOnly: Access = ({ req }) => isEditorial(req.user)
export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export const editorsField: FieldAccess = ({ req }) => isEditorial(req.user)
export const adminsField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Editors see everything; reporters see what they created; others nothing. */
export const editorsOrOwn: Access = ({ req }) => {
  if (isEditorial(req.user)) return true
  if (isStaff(req.user) && req.user) return { createdBy: { equals: req.user.id } } satisfies Where
  return false
}

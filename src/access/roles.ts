import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

export const ROLES = ['admin', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  const userRoles = (user as { roles?: Role[] | null }).roles ?? []
  return userRoles.some((role) => roles.includes(role))
}

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')
export const isEditorOrAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'reporter')

export const anyone: Access = () => true
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const editorsOnly: Access = ({ req }) => isEditorOrAdmin(req.user)
export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export const editorsField: FieldAccess = ({ req }) => isEditorOrAdmin(req.user)
export const adminsField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Editors see everything; reporters see what they created; others nothing. */
export const editorsOrOwn: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) return { createdBy: { equals: req.user.id } } satisfies Where
  return false
}

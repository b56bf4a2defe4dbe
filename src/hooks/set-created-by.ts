import type { CollectionBeforeChangeHook } from 'payload'

/** Records who filed a story; reporter access rules are expressed against this field. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    return { ...data, createdBy: req.user?.collection === 'users' ? req.user.id : data.createdBy }
  }
  // Never let an update move ownership.
  return { ...data, createdBy: originalDoc?.createdBy ?? data.createdBy }
}

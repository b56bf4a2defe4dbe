import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A person's in-admin notices are theirs alone (nobody else may read them) and name them as a
 * required recipient, so the database refused to delete an account that had ever received one
 * (the recipient cannot be set to empty). Deleting the account deletes its notices first, in
 * the same transaction; their pending e-mails are then skipped when the job runs
 * (src/notifications/address-at-send.ts).
 */
export const dropNotifications: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'notifications',
    where: { recipient: { equals: id } },
    overrideAccess: true,
    req,
  })
}

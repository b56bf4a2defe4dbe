/**
 * The admin's form-state server function (sent by the edit view on every change) also takes the
 * document lock: Payload's `handleFormStateLocking` looks for an active lock as the caller and,
 * seeing none, writes one for the caller straight into the database, without asking whether the
 * caller may edit that document. Locks on what someone cannot edit are invisible to them
 * (src/access/locked-documents.ts), so any signed-in account (a stolen reporter's) could forge
 * that request with another person's article id or a global's slug and lock it: the real
 * editor's saves were then refused as "locked by another user". This wrapper lets the lock be
 * taken or reported only for a document or global the caller may edit, by the same rule as the
 * locks' own access; the form state itself is built as before.
 */
import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import type { BuildFormStateArgs, ServerFunction } from 'payload'

import { mayEditTarget } from './locked-documents'

export const formStateWithGuardedLock: ServerFunction<
  BuildFormStateArgs,
  ReturnType<typeof buildFormStateHandler>
> = async (args) => {
  const { collectionSlug, globalSlug, id, req, returnLockStatus } = args
  if (!returnLockStatus) return buildFormStateHandler(args)
  const target =
    collectionSlug && id !== undefined ? { relationTo: collectionSlug, value: id } : null
  const mayLock =
    Boolean(req.user) &&
    (target || globalSlug ? await mayEditTarget(req, target, globalSlug) : true)
  return buildFormStateHandler(mayLock ? args : { ...args, returnLockStatus: false })
}

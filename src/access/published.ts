import type { Access, CollectionBeforeOperationHook, CollectionSlug, Where } from 'payload'

import { editorsOnly, isStaff, staffOnly } from './roles'

/*
 * Read rules for small collections with drafts (leaders, schedule entries): staff read
 * everything, everyone else published documents only. The rule is a query constraint, so it
 * holds for lists, single reads, counts and GraphQL alike, and Payload also applies it to the
 * version it would swap in for `?draft=true`.
 */
const PUBLISHED: Where = { _status: { equals: 'published' } }

export const staffOrPublished: Access = ({ req }) => (isStaff(req.user) ? true : PUBLISHED)

/** Editors write; staff read everything, versions included; readers see published documents. */
export const editorialDraftsAccess = {
  read: staffOrPublished,
  create: editorsOnly,
  update: editorsOnly,
  delete: editorsOnly,
  readVersions: staffOnly,
}

/**
 * Second line behind the constraint: a reader's `?draft=true` (REST), `draft: true` (GraphQL)
 * or Local API call without a user is turned into a plain read of the published documents, so
 * no later change to the access rule can hand out the newest unpublished edit of a published
 * document. Trusted server code that means to read drafts passes `overrideAccess: true`.
 */
export function publishedOnlyForReaders<
  S extends CollectionSlug,
>(): CollectionBeforeOperationHook<S> {
  return ({ args, operation, req }) => {
    if (operation !== 'read') return args
    const trusted = (args as { overrideAccess?: boolean }).overrideAccess === true
    if (trusted || isStaff(req.user)) return args
    return { ...args, draft: false }
  }
}

import type { Access, Where } from 'payload'

import { isEditorial, isStaff } from '@/access/roles'

/** What published content uses (see ./public-use). */
const inPublicUse: Where = { publicUse: { equals: true } }
const notInPublicUse: Where = {
  or: [{ publicUse: { equals: false } }, { publicUse: { exists: false } }],
}

/**
 * Anonymous visitors read only media a published article or the site settings use: uploads
 * for drafts (an embargoed document's PDF, photos not yet approved) stay private. Staff read all.
 */
export const readMedia: Access = ({ req }) => (isStaff(req.user) ? true : inPublicUse)

/**
 * Editors change any upload. Reporters change only their own, and only while nothing published
 * uses it: the site shows the media's caption, credit and alt, so an edit would reach readers
 * without review.
 */
export const changeMedia: Access = ({ req }) => {
  if (isEditorial(req.user)) return true
  if (isStaff(req.user) && req.user) {
    return { and: [{ createdBy: { equals: req.user.id } }, notInPublicUse] }
  }
  return false
}

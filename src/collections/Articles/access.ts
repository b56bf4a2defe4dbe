import type { Access, Where } from 'payload'

import { isEditorOrAdmin, isStaff } from '@/access/roles'

const published: Where = { _status: { equals: 'published' } }

/** The public reads published articles only; a reporter also reads their own drafts. */
export const readArticles: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) {
    return { or: [published, { createdBy: { equals: req.user.id } }] }
  }
  return published
}

const wantsPublish = (data: unknown): boolean =>
  (data as { _status?: string } | undefined)?._status === 'published'

/**
 * Reporters file drafts only. Payload's admin asks this function with `_status: 'published'`
 * to decide whether to show the Publish and Schedule buttons, so answering false hides them.
 */
export const createArticles: Access = ({ req, data }) => {
  if (isEditorOrAdmin(req.user)) return true
  return isStaff(req.user) && !wantsPublish(data)
}

/**
 * Reporters edit only their own articles that have never been published (an unpublished one
 * keeps its first-publication stamp), and never publish.
 */
export const updateArticles: Access = ({ req, data }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) {
    if (wantsPublish(data)) return false
    const own: Where = { createdBy: { equals: req.user.id } }
    const unpublished: Where = { _status: { not_equals: 'published' } }
    const neverPublished: Where = { firstPublishedAt: { exists: false } }
    return { and: [own, unpublished, neverPublished] }
  }
  return false
}

export const readArticleVersions: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isStaff(req.user) && req.user) return { 'version.createdBy': { equals: req.user.id } }
  return false
}

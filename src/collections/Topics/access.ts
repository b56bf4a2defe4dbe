/**
 * Who reads and writes topics (chuyên đề): editors and admins write them; staff read
 * everything, drafts included; readers see published topics only. Shared with leaders and
 * schedule entries (@/access/published), so the rule is a query constraint on every API.
 */
import { publishedOnlyForReaders, staffOrPublished } from '@/access/published'
import { editorsOnly, staffOnly } from '@/access/roles'

export const topicsAccess = {
  read: staffOrPublished,
  create: editorsOnly,
  update: editorsOnly,
  delete: editorsOnly,
  readVersions: staffOnly,
}

export const topicsReadersSeePublished = publishedOnlyForReaders<'topics'>()

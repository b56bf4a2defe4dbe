/**
 * Who reads and writes topics (chuyên đề): the rule shared with leaders and schedule entries
 * (@/access/published): editors write, staff read drafts, readers see published topics only.
 */
import { editorialDraftsAccess, publishedOnlyForReaders } from '@/access/published'

export const topicsAccess = editorialDraftsAccess

export const topicsReadersSeePublished = publishedOnlyForReaders<'topics'>()

import type { DocumentFields, InterviewTurn } from '@/import/parse/types'

export type ImportStatus = 'created' | 'updated' | 'unchanged' | 'duplicate' | 'skipped' | 'failed'

export const IMPORT_STATUSES: readonly ImportStatus[] = [
  'created',
  'updated',
  'unchanged',
  'duplicate',
  'skipped',
  'failed',
]

export interface ImportOptions {
  /** Decide and report what would happen, write nothing. */
  dryRun?: boolean
  /** Publication status of created/updated articles (default published). */
  status?: 'draft' | 'published'
  /** Slug of an existing category for every article; otherwise matched by the parsed label. */
  category?: string
}

/** What the parser understood of one file, as printed by a dry run. */
export interface ArticlePreview {
  title: string
  kind: 'news' | 'interview' | 'document'
  category?: string
  publishedAt?: string
  sapo?: string
  authors: Array<{ name: string; unit?: string }>
  source?: string
  /** `file` is the local image the HTML referenced, when it exists next to the page */
  photos: Array<{ caption: string; credit?: string; src?: string; file?: string }>
  interview: InterviewTurn[]
  document?: DocumentFields
  bodyText: string
  encoding: string
  fingerprint: string
}

export interface FileResult {
  /** absolute path of the source file */
  path: string
  status: ImportStatus
  /** article id (created, updated, unchanged, duplicate) */
  id?: string
  title?: string
  /** why it failed or was skipped, in Vietnamese */
  reason?: string
  /** source path of the article this file duplicates */
  duplicateOf?: string
  warnings: string[]
  /** only in dry runs */
  article?: ArticlePreview
}

export type ImportSummary = Record<ImportStatus, number> & { total: number }

export interface ImportReport {
  dryRun: boolean
  status: 'draft' | 'published'
  summary: ImportSummary
  files: FileResult[]
}

export interface ImportProgress {
  /** 1-based index of the file just handled */
  done: number
  total: number
  result: FileResult
}

export type ProgressListener = (progress: ImportProgress) => void

/** A problem with the request itself (unknown category, missing path): nothing was imported. */
export class ImportUsageError extends Error {
  override name = 'ImportUsageError'
}

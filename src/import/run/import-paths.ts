import type { Payload } from 'payload'

import { recordAudit } from '@/collections/AuditLog/record'

import { AuthorResolver } from './authors'
import { loadCategoryResolver } from './categories'
import { collectFiles } from './collect-files'
import { type BatchContext, importFile } from './import-file'
import { summarize } from './summary'
import type { FileResult, ImportOptions, ImportReport, ProgressListener } from './types'

/**
 * Imports legacy article files and folders into Payload, one file at a time so a bad file is
 * reported and the batch goes on. Re-runs are idempotent: a file already imported is skipped
 * when unchanged and updated in place when it changed (see import-file.ts).
 * Throws ImportUsageError (nothing written) for a missing path or an unknown category.
 */
export async function importPaths(
  payload: Payload,
  paths: string[],
  options: ImportOptions = {},
  onProgress?: ProgressListener,
): Promise<ImportReport> {
  const files = await collectFiles(paths)
  const status = options.status ?? 'published'
  const ctx: BatchContext = {
    payload,
    dryRun: options.dryRun ?? false,
    status,
    category: options.category,
    categories: await loadCategoryResolver(payload, options.category),
    authors: await AuthorResolver.load(payload),
    seen: new Map(),
    now: () => new Date().toISOString(),
  }
  const results: FileResult[] = []
  for (const file of files) {
    const result = await importFile(ctx, file)
    if (result.status === 'failed') {
      payload.logger.info(`Import failed for ${file.path}: ${result.reason ?? 'unknown error'}`)
    }
    results.push(result)
    onProgress?.({ done: results.length, total: files.length, result })
  }
  const summary = summarize(results)
  // A real run leaves one audit entry with its counts; a dry run writes nothing, audit included.
  if (!ctx.dryRun) {
    const counts = Object.entries(summary)
      .map(([key, value]) => `${key}: ${value}`)
      .join(', ')
    await recordAudit(payload, {
      action: 'import-run',
      collectionSlug: 'articles',
      documentTitle: paths.join(', '),
      summary: `${counts} (status ${status}${options.category ? `, category ${options.category}` : ''})`,
    })
  }
  return { dryRun: ctx.dryRun, status, summary, files: results }
}

import { type FileResult, IMPORT_STATUSES, type ImportSummary } from './types'

export function summarize(results: readonly FileResult[]): ImportSummary {
  const summary = { total: results.length } as ImportSummary
  for (const status of IMPORT_STATUSES) summary[status] = 0
  for (const r of results) summary[r.status]++
  return summary
}

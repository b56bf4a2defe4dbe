/**
 * The report as one CSV file for Excel: UTF-8 with a BOM (or Excel misreads Vietnamese), the
 * three tables one after another, each under its title row and separated by an empty line.
 * Numbers are plain (no thousands separator, dot for decimals) so any spreadsheet reads them as
 * numbers; cells that look like formulas are neutralised like the audit log's.
 */
import { BOM, csvRow } from '@/collections/AuditLog/csv'

import type { RoyaltyReport } from './compute'
import { reportTables } from './tables'

export function royaltyCsv(report: RoyaltyReport): string {
  const parts = reportTables(report).map(
    (table) =>
      csvRow([table.title]) +
      csvRow(table.columns.map((c) => c.label)) +
      table.rows.map(csvRow).join('') +
      csvRow(table.total),
  )
  return BOM + parts.join('\r\n')
}

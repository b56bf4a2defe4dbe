import path from 'node:path'

import type { FileResult, ImportReport, ImportStatus } from './types'

const LABELS: Record<ImportStatus, string> = {
  created: 'tạo mới',
  updated: 'cập nhật',
  unchanged: 'không đổi',
  duplicate: 'trùng lặp',
  skipped: 'bỏ qua',
  failed: 'lỗi',
}

/** Paths under the working directory are shown relative to it, others in full. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}

/** `created   tin/hoi-nghi.txt — Title` (the status word stays English for grep and scripts). */
export function formatResultLine(result: FileResult, cwd?: string): string {
  const detail = result.reason ?? result.title
  return `${result.status.padEnd(9)} ${displayPath(result.path, cwd)}${detail ? ` — ${detail}` : ''}`
}

export function formatSummary(report: ImportReport): string {
  const s = report.summary
  const parts = (Object.keys(LABELS) as ImportStatus[]).map((k) => `${s[k]} ${LABELS[k]}`)
  const prefix = report.dryRun ? 'Chạy thử (không ghi gì): ' : ''
  return `${prefix}${s.total} tệp — ${parts.join(', ')}`
}

/** The human-readable report: one line per file, its warnings indented, then the summary. */
export function formatReport(report: ImportReport, cwd?: string): string {
  const lines: string[] = []
  for (const r of report.files) {
    lines.push(formatResultLine(r, cwd))
    for (const w of r.warnings) lines.push(`          ! ${w}`)
  }
  lines.push('', formatSummary(report))
  return lines.join('\n')
}

// Plain text → SourceLine[]. Scraped Word documents keep two-column layouts (header/date,
// Nơi nhận/signer) as runs of spaces or tabs on one line; those become separate lines.
import type { SourceLine } from './types'

const COLUMN_GAP = /\t+| {4,}|\u00A0{3,}/

export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = []
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (raw.trim() === '') {
      out.push({ text: '', blank: true, placeholder: raw.length > 0 })
      continue
    }
    for (const cell of raw.trim().split(COLUMN_GAP)) {
      if (cell.trim() !== '') out.push({ text: cell })
    }
  }
  return out
}

// Text repairs shared by the txt and html paths: Unicode NFC, one kind of space, no control
// characters, no space before punctuation, typographic quote fixes seen in scraped pages, and
// glued-word splitting.
import { splitGluedWords } from './glued'

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// C0 controls and DEL (tab and line breaks are handled above and by the line splitter): junk
// bytes in an old file that no reader sees and that must not reach the database.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g

export function repairLine(raw: string): string {
  let s = raw.normalize('NFC').replace(ODD_SPACES, ' ').replace(INVISIBLE, '').replace(CONTROL, '')
  // Some editors typed two single quotes for a double quote: ‘‘Chi bộ 4 Tốt”.
  s = s.replace(/‘‘/g, '“').replace(/’’/g, '”')
  s = s.replace(/ {2,}/g, ' ').trim()
  // A digit after the mark means a number or time (".5", ":30"), so the space stays.
  s = s.replace(/ +([,.;:!?])(?!\d)/g, '$1')
  return splitGluedWords(s)
}

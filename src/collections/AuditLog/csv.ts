/**
 * A minimal RFC 4180 CSV writer. No CSV library is among the dependencies and one small
 * function is less to keep than a package for writing a few columns: fields are always quoted,
 * quotes doubled, lines end in CRLF. Cells that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or carriage return before one) get a leading apostrophe (OWASP "CSV
 * injection"): entries hold text attackers chose, such as the e-mail typed at a failed login.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** The UTF-8 byte order mark: Excel needs it to read Vietnamese text as UTF-8. */
export const BOM = '\uFEFF'

export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export const csvRow = (cells: unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`

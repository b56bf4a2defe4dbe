import { foldVietnamese } from './fold'

/**
 * Vietnamese document numbers (số ký hiệu): a number followed by `-` or `/` separated segments,
 * at least one of them an upper-case-style letter code: 39-NQ/TW, 1300-QĐ/TU, 87-KH/ĐUK,
 * 05/2023/NĐ-CP, 123/QĐ-UBND. Letter codes use plain Latin letters plus Đ only, which keeps dates
 * (20/4/2024), ranges (2020-2025) and words such as `12-tháng` out.
 */
const DOC_NUMBER = /\d{1,6}(?:[-/](?:\d{1,6}|[A-Za-zĐđ]{1,10}))+(?![\p{L}\p{N}\p{M}])/uy
const HAS_LETTER = /[A-Za-zĐđ]/

/** Length of the document number starting at `index`, or 0 when there is none. */
export function matchDocNumber(text: string, index: number): number {
  DOC_NUMBER.lastIndex = index
  const match = DOC_NUMBER.exec(text)
  if (!match) return 0
  // Trailing separators cannot be matched, so only the letter check remains.
  return HAS_LETTER.test(match[0]) ? match[0].length : 0
}

/**
 * The single index token for a document number. Scheme: fold (đ → d, lower case) and drop every
 * separator, so `12-NQ/ĐUK` → `12nqduk` and `05/2023/NĐ-CP` → `052023ndcp`. It is pure [a-z0-9],
 * so SQLite FTS5's unicode61 tokenizer and Meilisearch keep it whole, and loosely typed variants
 * (`12/NQ-ĐUK`, `12 nq duk` joined by the query side) produce the same key.
 */
export function docNumberKey(code: string): string {
  return foldVietnamese(code).replace(/[^a-z0-9]/g, '')
}

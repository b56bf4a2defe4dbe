import { normalizeText } from './normalize'

/** Work is bounded before normalising too, so a 10 MB paste costs no more than a long query. */
const MAX_RAW_LENGTH = 2048
/** Longer queries are cut: nobody types more, and it bounds the work a hostile query can cause. */
export const MAX_QUERY_LENGTH = 256
/**
 * Longer query text is refused outright by the HTTP API (a paste of a whole article is a mistake
 * worth telling the reader about); up to this, the analyzer silently cuts it to MAX_QUERY_LENGTH.
 */
export const MAX_REQUEST_QUERY_LENGTH = 1000
/** Text matching one word: letters, combining marks and digits of any script. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu

const WHITESPACE = /\s+/g
// `12 NQ/ĐUK`: a number typed apart from its letter code is still a document number. The code
// must contain a slash so `năm 2024 KT-XH` is left alone.
const LOOSE_DOC_NUMBER =
  /(^|[^\p{L}\p{N}\p{M}\-/])(\d{1,6})\s+((?:[A-Za-zĐđ]{1,10}-)*[A-Za-zĐđ]{1,10}\/[A-Za-zĐđ]{1,10}(?:[-/][A-Za-zĐđ]{1,10})*)(?![\p{L}\p{N}\p{M}])/gu
const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/g

/** Cuts at `max` UTF-16 units without splitting a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

/** Normalised, single-spaced, length-capped query text. */
export function prepareQueryText(raw: unknown): string {
  const text = typeof raw === 'string' ? cap(raw, MAX_RAW_LENGTH) : ''
  return cap(normalizeText(text).replace(WHITESPACE, ' ').trim(), MAX_QUERY_LENGTH).trimEnd()
}

export function joinLooseDocNumbers(text: string): string {
  return text.replace(LOOSE_DOC_NUMBER, '$1$2-$3')
}

/** The contents of each quoted phrase, straight or typographic quotes alike. */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1] ?? '').filter((p) => p.trim() !== '')
}

// Recognises UTF-8 text that was once decoded as windows-1252 / Latin-1 (and maybe saved again):
// "Đảng ủy" comes out as "Äáº£ng á»§y". Such text must fail the import, not be published.

/**
 * UTF-8 lead bytes read as cp1252, followed by a continuation byte read the same way.
 * Vietnamese never writes them: Ã/Ä/Æ followed by a symbol from the C1/Latin-1 range.
 */
const CONTINUATION =
  '[\\u0080-\\u009F\\u00A1-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]'
// "áº"/"á»" are the lead of every precomposed Vietnamese letter (U+1E00..U+1EFF). A no-break
// space is left out: "cá&nbsp;" is real text.
const PAIR = new RegExp(`[ÃÂÄÅÆ]${CONTINUATION}|á[º»]`, 'g')
const REPLACEMENT = /\uFFFD/g

export function mojibakeScore(text: string): { pairs: number; replaced: number; words: number } {
  return {
    pairs: text.match(PAIR)?.length ?? 0,
    replaced: text.match(REPLACEMENT)?.length ?? 0,
    words: text.match(/\S+/g)?.length ?? 0,
  }
}

/** Several garbled letters, or enough of them for their share of the words to be no accident. */
export function looksLikeMojibake(text: string): boolean {
  const { pairs, replaced, words } = mojibakeScore(text)
  const bad = pairs + replaced
  if (words === 0) return false
  return bad >= 3 && bad / words >= 0.02
}

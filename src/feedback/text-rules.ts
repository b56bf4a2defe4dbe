/**
 * Pure content rules for what readers send (comments and questions): links counted, banned
 * words matched as whole words with case and diacritics ignored, lengths. No I/O, unit-tested.
 */

/** Anything a reader would call a link: a scheme, `www.`, or a bare domain with a common TLD. */
const LINK =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|xyz|top|vn|io|co|ru|cn|me|site|online|shop|link|click)\b(?:\/[^\s<>"]*)?/gi

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

/**
 * Lower case, no diacritics, đ → d: `Lừa Đảo` and `lua dao` compare equal. Compatibility forms
 * fold too (NFKD: full-width `ｌｕａ` is `lua`), and invisible format characters (zero-width
 * space, soft hyphen, word joiner, bidi controls: Unicode category Cf) are dropped, or a spammer
 * could split a banned word with a character nobody sees.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
}

/** The settings' list: one entry per line (commas also separate), blank lines ignored. */
export function parseBannedWords(list: string | null | undefined): string[] {
  return [
    ...new Set(
      (list ?? '')
        .split(/[\n,;]+/)
        .map((w) => foldVietnamese(w).replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ]
}

/** Letters and digits of any script are word characters; everything else separates words. */
const words = (text: string): string[] =>
  foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/**
 * The banned entries `text` contains as whole words (a phrase as consecutive words), so `cá`
 * bans "cá" but not "các" or "cả", and `lừa đảo` matches "LUA  DAO" but not "lừa đảon".
 */
export function findBannedWords(text: string, banned: readonly string[]): string[] {
  if (banned.length === 0) return []
  // An invisible character may split a word (`l<ZWSP>ừa`) or join two (`xem<ZWSP>casino`):
  // the text is read both ways.
  const haystacks = [text, text.replace(/\p{Cf}/gu, ' ')].map((t) => ` ${words(t).join(' ')} `)
  return banned.filter((entry) => {
    const phrase = words(entry).join(' ')
    return phrase !== '' && haystacks.some((haystack) => haystack.includes(` ${phrase} `))
  })
}

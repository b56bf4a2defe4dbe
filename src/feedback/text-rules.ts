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
 * Characters nobody sees that are not in category Cf: variation selectors (U+FE00–FE0F,
 * U+E0100–E01EF), Khmer inherent vowels (U+17B4, U+17B5) and Mongolian free variation selectors
 * (U+180B–U+180F). A banned word split by one must still be found.
 */
const HIDDEN = /[\p{Cf}\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u17b4\u17b5\u180b-\u180f]/gu

/**
 * Lower case, no diacritics, đ → d: `Lừa Đảo` and `lua dao` compare equal. Compatibility forms
 * fold too (NFKD: full-width `ｌｕａ` is `lua`), and invisible format characters (zero-width
 * space, soft hyphen, word joiner, bidi controls: Unicode category Cf, and the invisible marks in HIDDEN) are dropped, or a spammer
 * could split a banned word with a character nobody sees.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFKD')
    .replace(HIDDEN, '')
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
  const haystacks = [text, text.replace(HIDDEN, ' ')].map((t) => ` ${words(t).join(' ')} `)
  return banned.filter((entry) => {
    const phrase = words(entry).join(' ')
    return phrase !== '' && haystacks.some((haystack) => haystack.includes(` ${phrase} `))
  })
}

/**
 * Pure content rules for what readers send (comments and questions): links counted, banned
 * words matched as whole words with case and diacritics ignored, lengths. No I/O, unit-tested.
 */

/**
 * Cyrillic and Greek letters (and a few Latin variants) drawn like Latin letters: `саsino` with
 * Cyrillic с and а looks like "casino" but is another word. Mapped by case (upper-case Greek Ν is
 * N, lower-case ν is v) before anything is lower-cased. A short table of the lookalikes of common
 * fonts (after Unicode's confusables list), not all of it: enough that a banned word cannot be
 * typed past the list on a Russian or Greek keyboard. Vietnamese text has none of these letters;
 * real Cyrillic or Greek text maps to Latin nonsense that no entry matches.
 */
const LOOKALIKE_PAIRS: [from: string, to: string][] = [
  // Cyrillic capitals, then small letters
  ['АВЕЅІЈКМНОРСТУХҺԚԜ', 'ABESIJKMHOPCTYXHQW'],
  ['авеѕіјкмнорстухһԁԛԝ', 'abesijkmhopctyxhdqw'],
  // Greek capitals, then small letters
  ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ', 'ABEZHIKMNOPTYXC'],
  ['αεικνορτυχϲ', 'aeikvoptuxc'],
  // Latin variants NFKD leaves alone: dotless i and j, script a and g
  ['ıɑɡȷ', 'iagj'],
]
const LOOKALIKES = new Map(
  LOOKALIKE_PAIRS.flatMap(([from, to]) => [...from].map((c, i) => [c, to[i] ?? c] as const)),
)
const LOOKALIKE = new RegExp(`[${LOOKALIKE_PAIRS.map(([from]) => from).join('')}]`, 'g')

/** `text` with every lookalike of LOOKALIKE_PAIRS replaced by the Latin letter it imitates. */
export const latinLookalikes = (text: string): string =>
  text.replace(LOOKALIKE, (c) => LOOKALIKES.get(c) ?? c)

/**
 * Anything a reader would call a link: a scheme, `www.`, or a bare domain with a common TLD,
 * the bookmakers' ones included (.vip, .win, .club, .bet …: the bulk of comment spam on
 * Vietnamese sites). No catch-all TLD: "thôi.Có" or "con.Mẹ" typed without a space is not a link.
 * A name may be Vietnamese (IDN: `xổsố.vip`, `bóngđá.com` open as they are), so its labels are
 * letters and digits of any script. A domain is read from the start of its run of labels only
 * (not after a label character, nor after a dot that follows one): trying again from every
 * word inside the run made a 4,000-character `a.a.a.…` quadratic, and finds nothing more,
 * since the run's start reaches the same `.tld` by backtracking.
 */
const LINK =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}_-])(?<![\p{L}\p{N}_-]\.)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|biz|xyz|top|vn|io|co|ru|cn|me|site|online|shop|link|click|bet|vip|club|win|live|pro|app|cc|tv|fun|asia|store)\b(?:\/[^\s<>"]*)?/giu

/** Full stops browsers read as `.` in a domain name (IDNA): ideographic and its half-width form. */
const DOMAIN_DOTS = /[\u3002\uff61]/g

/**
 * Links are counted as a browser would read the text: full-width letters and dots (NFKC),
 * ideographic full stops and Latin lookalikes count as the ASCII they stand for, so
 * `ｃａｓｉｎｏ．ｃｏｍ` and `casino.сom` (Cyrillic с, о) are links.
 */
export function countLinks(text: string): number {
  const read = latinLookalikes(text.normalize('NFKC').replace(DOMAIN_DOTS, '.'))
  return read.match(LINK)?.length ?? 0
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
 * could split a banned word with a character nobody sees. Cyrillic and Greek lookalikes read as
 * the Latin letters they imitate (LOOKALIKES), or `lừа đảо` with Cyrillic а and о would pass.
 */
export function foldVietnamese(text: string): string {
  return latinLookalikes(text.normalize('NFKD').replace(HIDDEN, ''))
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

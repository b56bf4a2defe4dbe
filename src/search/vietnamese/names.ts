// Whole-name keys. A person's name ("Thanh Lê"), an issuing body or a signer is indexed as one
// extra token besides its words, so a query that is exactly that name can be told apart from an
// article that merely holds the same syllables apart. Folded, so diacritics never matter.
import { STOP_WORDS } from './data/stopwords'
import { normalizeText } from './normalize'
import { tokenize } from './tokenize'

/** Keys start with a prefix no Vietnamese word has, so a key never equals a typed word. */
const PREFIX = 'nmz'
const STOP = new Set(STOP_WORDS)
/** A name has 2 to 8 words; one word is not a name key (it would be the word itself). */
const MIN_WORDS = 2
const MAX_WORDS = 8

/**
 * The key of a sequence of words, given as exact (accented, lower case) and folded forms. Stop
 * words are left out on both sides (the query analyzer drops them), so "Đảng ủy Khối các cơ
 * quan tỉnh" and the query "dang uy khoi cac co quan tinh" share one key.
 */
export function nameKeyOf(words: ReadonlyArray<{ exact: string; folded: string }>): string | null {
  const kept = words.filter((w) => !STOP.has(w.exact) && WORD.test(w.folded))
  if (kept.length < MIN_WORDS || kept.length > MAX_WORDS) return null
  return PREFIX + kept.map((w) => w.folded).join('')
}

/**
 * The keys of a name as written in a document: without its stop words and, when it has any, with
 * them too, since the analyzer keeps a stop word inside an abbreviation's words (`các` of `các cơ
 * quan`) and cannot tell one typed without accents (`cac`).
 */
export function nameKeys(name: string): string[] {
  const words = tokenize(normalizeText(name)).filter((t) => t.kind !== 'docnum')
  const all =
    words.length >= MIN_WORDS &&
    words.length <= MAX_WORDS &&
    words.every((w) => WORD.test(w.folded))
      ? PREFIX + words.map((w) => w.folded).join('')
      : null
  return [...new Set([nameKeyOf(words), all].filter((k): k is string => k !== null))]
}

const WORD = /^[\p{L}\p{N}]+$/u

/** Titles and forms of address that precede a name but are not part of it. */
const HONORIFIC =
  /^(?:đồng chí|đ\/c|ông|bà|anh|chị|tiến sĩ|ts\.?|thạc sĩ|ths\.?|pgs\.?|gs\.?|nhà báo|nghệ nhân|thượng tá|đại tá|trung tá|thiếu tá)\s+/iu

/** A capitalised word: the shape of every syllable of a Vietnamese personal name. */
const CAP = '\\p{Lu}[\\p{Ll}\\p{M}]*'
/**
 * Interview turns ("Đồng chí Nguyễn Nam Đình: …", "Ông Đinh Công Lộc: …"): a form of address or
 * a line start, two to five capitalised words, then a colon.
 */
const SPEAKER = new RegExp(
  `(?:^|[\\n.?!]\\s*)((?:(?:Đồng chí|Ông|Bà|Anh|Chị|Đ\\/c)\\s+)?${CAP}(?:\\s+${CAP}){1,4})\\s*:`,
  'gu',
)

/** Speakers of an interview's turns, without their form of address, each once. */
export function interviewSpeakers(body: string): string[] {
  const out = new Set<string>()
  // NFC only: the names found are normalised whole when their keys are made (nameKeys).
  for (const m of body.normalize('NFC').matchAll(SPEAKER)) {
    const name = (m[1] ?? '').replace(HONORIFIC, '').trim()
    // "Phóng viên:" and a bare "P.V:" are the interviewer, not a name.
    if (name.split(/\s+/).length >= 2 && !/^phóng viên$/iu.test(name)) out.add(name)
  }
  return [...out]
}

/**
 * Leaders and officials named with their form of address ("đồng chí Hoàng Văn Thắng, Bí thư…"):
 * how articles name the leaders who speak at or chair an event. Two to five capitalised words.
 */
const ADDRESSED = new RegExp(`(?:[Đđ]ồng chí)\\s+(${CAP}(?:\\s+${CAP}){1,4})`, 'gu')

export function addressedNames(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.normalize('NFC').matchAll(ADDRESSED)) if (m[1]) out.add(m[1])
  return [...out]
}

/**
 * A long tail of valid-looking Vietnamese syllables (onset + rhyme + tone) to stand in for the
 * thousands of distinct syllables of real news text: names of people, places, units and rarer
 * words. Deterministic for a given random source.
 */
const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
]
const RHYMES = [
  'a',
  'ai',
  'am',
  'an',
  'ang',
  'anh',
  'ao',
  'au',
  'ay',
  'ăn',
  'ăng',
  'âm',
  'ân',
  'âng',
  'âu',
  'e',
  'em',
  'en',
  'eo',
  'ê',
  'êm',
  'ên',
  'ênh',
  'i',
  'im',
  'in',
  'inh',
  'iêm',
  'iên',
  'iêu',
  'o',
  'oa',
  'oai',
  'oan',
  'oang',
  'oanh',
  'oi',
  'om',
  'on',
  'ong',
  'ô',
  'ôi',
  'ôm',
  'ôn',
  'ông',
  'ơ',
  'ơi',
  'ơm',
  'ơn',
  'u',
  'ui',
  'um',
  'un',
  'ung',
  'uy',
  'uyên',
  'ư',
  'ưa',
  'ưng',
  'ươi',
  'ương',
  'ưu',
]
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '']

/** Puts the tone mark on the main vowel (enough for realistic test text). */
function withTone(rhyme: string, tone: string): string {
  if (!tone) return rhyme
  const letters = [...rhyme]
  const vowels = letters.map((c, i) => (/[aăâeêioôơuưy]/.test(c) ? i : -1)).filter((i) => i >= 0)
  const marked = letters.findIndex((c) => /[ăâêôơư]/.test(c))
  const target = marked >= 0 ? marked : (vowels[vowels.length > 1 ? 1 : 0] ?? 0)
  letters[target] = `${letters[target]}${tone}`
  return letters.join('').normalize('NFC')
}

export function syllableTail(random: () => number, count: number): string[] {
  const seen = new Set<string>()
  while (seen.size < count) {
    const onset = ONSETS[Math.floor(random() * ONSETS.length)] as string
    const rhyme = RHYMES[Math.floor(random() * RHYMES.length)] as string
    const tone = TONES[Math.floor(random() * TONES.length)] as string
    seen.add(onset + withTone(rhyme, tone))
  }
  return [...seen]
}

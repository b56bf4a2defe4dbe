// Vietnamese question words. A citizen types "thủ tục kết nạp đảng viên là sinh viên như thế
// nào": the question words carry no subject, so when not every word of a query can be found they
// are the first to go (query/relax.ts). They are never dropped from a query that finds articles.
import type { QueryTerm } from './types'

/**
 * Question expressions as exact word sequences, longest first. Stop words (`như`, `là`, `ở`,
 * `khi`, `vì`) are already gone from the analysed terms, so their remainders are listed too.
 */
const QUESTION_WORDS: readonly string[][] = [
  'làm thế nào',
  'như thế nào',
  'thế nào',
  'ra sao',
  'tại sao',
  'vì sao',
  'làm sao',
  'là gì',
  'gì',
  'ở đâu',
  'đâu',
  'khi nào',
  'bao giờ',
  'ngày nào',
  'lúc nào',
  'nào',
  'bao nhiêu',
  'mấy',
  'ai',
  'không',
  'chưa',
  'hay không',
  'có phải',
  'phải không',
  'vậy',
  'ạ',
].map((w) => w.split(' '))

const FOLDED_FORMS: ReadonlyMap<string, string> = new Map([
  ['the', 'thế'],
  ['nao', 'nào'],
  ['gi', 'gì'],
  ['dau', 'đâu'],
  ['bao', 'bao'],
  ['nhieu', 'nhiêu'],
  ['gio', 'giờ'],
  ['sao', 'sao'],
  ['ai', 'ai'],
  ['khong', 'không'],
  ['lam', 'làm'],
  ['ngay', 'ngày'],
  ['luc', 'lúc'],
  ['tai', 'tại'],
  ['ra', 'ra'],
])

/** The accented form to compare: typed with accents as typed, without them the question word. */
function spelled(t: QueryTerm): string {
  return t.hasDiacritics ? t.exact : (FOLDED_FORMS.get(t.folded) ?? t.exact)
}

/**
 * Positions of `terms` that are question words. Never every term: a query made only of question
 * words ("ai", "bao nhiêu") is a real search for those words.
 */
export function questionWordPositions(terms: readonly QueryTerm[]): number[] {
  const words = terms.map(spelled)
  const out: number[] = []
  for (let i = 0; i < words.length;) {
    const hit = QUESTION_WORDS.find((q) => q.every((w, k) => words[i + k] === w))
    if (hit) {
      for (let k = 0; k < hit.length; k++) out.push(i + k)
      i += hit.length
    } else i++
  }
  return out.length === terms.length ? [] : out
}

// A self-contained validator for single Vietnamese syllables (orthographic, not a dictionary): an
// optional initial consonant, a rhyme from the real inventory, spelling rules (k/gh/ngh before
// front vowels) and the rule that stop finals (-p -t -c -ch) only take the sắc or nặng tone.

import type { ToneMark } from '@/import/encoding/marks'

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g

type Tone = ToneMark | 'level'
const TONE_OF: Record<string, Tone> = {
  '\u0300': 'grave',
  '\u0301': 'acute',
  '\u0309': 'hook',
  '\u0303': 'tilde',
  '\u0323': 'dot',
}

const INITIALS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'ch',
  'nh',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
]

const RHYMES = new Set(
  (
    'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oai oao oay oe oeo oi ôi ơi ua uây ' +
    'ui uê uy uya uyu ưa ưi ưu ươi ươu uôi iêu yêu uơ ' +
    'ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât ' +
    'ec em en eng ep et êch êm ên ênh êp êt ich im in inh ip it ' +
    'oc om on ong op ot ooc oong ôc ôm ôn ông ôp ôt ơm ơn ơp ơt ' +
    'uc um un ung up ut ưc ưm ưn ưng ưt ' +
    'iêc iêm iên iêng iêp iêt yêm yên yêng yêt ươc ươm ươn ương ươp ươt uôc uôm uôn uông uôt ' +
    'oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oem oen oet ' +
    'uân uâng uât uêch uênh uych uyn uynh uyp uyt uyên uyêt'
  ).split(' '),
)

const FRONT = /^[ieêy]/

function splitTone(word: string): { base: string; tone: Tone; marks: number } {
  const nfd = word.normalize('NFD')
  const found = nfd.match(TONE_MARKS) ?? []
  const tone = found[0] ? (TONE_OF[found[0]] ?? 'level') : 'level'
  return { base: nfd.replace(TONE_MARKS, '').normalize('NFC'), tone, marks: found.length }
}

function spellingOk(initial: string, rest: string): boolean {
  const front = FRONT.test(rest)
  if (initial === 'k') return front
  if (initial === 'c' || initial === 'g' || initial === 'ng') return !/^[ieê]/.test(rest)
  if (initial === 'gh' || initial === 'ngh') return /^[ieê]/.test(rest)
  if (initial === 'qu') return !rest.startsWith('u')
  return true
}

function rhymeOk(initial: string, rest: string, tone: Tone): boolean {
  const candidates = [rest]
  // gi + i collapses (gì, gìn, giếng) and qu absorbs the u glide (quyết, quân).
  if (initial === 'gi') candidates.push('i' + rest)
  if (initial === 'qu') candidates.push('u' + rest)
  return candidates.some((rhyme) => {
    if (!RHYMES.has(rhyme)) return false
    if (/(p|t|c|ch)$/.test(rhyme)) return tone === 'acute' || tone === 'dot'
    return true
  })
}

/**
 * Orthographic check used to split glued words in imported text. Not the search analyzer's
 * isVietnameseSyllable: it has its own rhyme list and gi/ng rules, so the two disagree on some
 * rare spellings, and the importer's behaviour is kept as it was.
 */
export function isOrthographicSyllable(word: string): boolean {
  if (!/^\p{L}+$/u.test(word) || word.length > 7) return false
  const { base, tone, marks } = splitTone(word.toLowerCase())
  if (marks > 1) return false
  return INITIALS.some((initial) => {
    if (!base.startsWith(initial)) return false
    const rest = base.slice(initial.length)
    if (rest === '') return initial === 'gi'
    return spellingOk(initial, rest) && rhymeOk(initial, rest, tone)
  })
}

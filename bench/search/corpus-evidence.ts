/**
 * Evidence for relevance misses the generated corpus causes (issue 13 §1 (b) cases):
 * `npx tsx --conditions=production bench/search/corpus-evidence.ts [size]` generates the
 * distractors of the relevance benchmark (seed 42, the fixtures' people excluded) and counts the
 * generated titles holding the subjects and bodies the relevance set expects one fixture for,
 * the texts holding r5's sentence, the generated documents that carry a fixture's document number,
 * and the commonest issuing bodies. Read-only; prints one object.
 */
import { foldVietnamese } from '@/search/vietnamese/fold'

import { makeDistractors } from './distractors/generate'
import { exclusions } from './distractors/mix'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'

const size = Number(process.argv[2] ?? 20000)
const { article } = makeDistractors({
  seed: 42,
  count: size,
  exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
  reserved: DISTRACTOR_RESERVED,
})
/** Folded words between spaces, so a phrase matches whole words only. */
const f = (s: string) =>
  ` ${foldVietnamese(s)
    .toLowerCase()
    .replace(/[^a-z0-9đ]+/g, ' ')} `
const titles: Record<string, number> = {}
const phrases = [
  'văn hóa công sở',
  'chuyển đổi số',
  'sinh hoạt chi bộ',
  'UBND tỉnh',
  'HĐND tỉnh',
  'Ban Chấp hành Đảng bộ Khối',
  'Ủy ban Kiểm tra',
  'Đảng ủy Khối',
  'Ban Thường vụ Đảng ủy Khối',
  'Ủy ban nhân dân tỉnh',
  'cải cách hành chính',
  'Ban Tổ chức Tỉnh ủy',
  'Ủy ban nhân dân tỉnh Quảng Trị',
]
const body: Record<string, number> = {}
const bodyPhrases = ['Ban Thường vụ Đảng ủy Khối trao giải', 'đảng ủy khối trao giải']
const nums: Record<string, string[]> = {}
const fixtureNums = FIXTURES.flatMap((d) => (d.docNumber ? [d.docNumber] : []))
const issued: Record<string, number> = {}
for (let i = 0; i < size; i++) {
  const a = article(i)
  for (const p of phrases) if (f(a.title).includes(f(p))) titles[p] = (titles[p] ?? 0) + 1
  const text = f([a.title, a.sapo, a.body].join(' '))
  for (const p of bodyPhrases) if (text.includes(f(p))) body[p] = (body[p] ?? 0) + 1
  if (a.docNumber && fixtureNums.includes(a.docNumber))
    (nums[a.docNumber] ??= []).push(`${a.id} ${a.publishedAt.slice(0, 10)} ${a.title}`)
  const ft = f(a.title)
  if (
    (ft.includes(f('UBND')) || ft.includes(f('Ủy ban nhân dân'))) &&
    ft.includes(f('cải cách hành chính'))
  )
    titles['UBND|Ủy ban nhân dân + cải cách hành chính'] =
      (titles['UBND|Ủy ban nhân dân + cải cách hành chính'] ?? 0) + 1
  if (a.issuingBody) issued[a.issuingBody] = (issued[a.issuingBody] ?? 0) + 1
}
console.log({
  size,
  titles,
  body,
  nums,
  issuedTop: Object.entries(issued)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 8),
})

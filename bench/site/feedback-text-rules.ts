/**
 * CPU cost of the readers' content rules (link count and banned words, src/feedback/text-rules.ts)
 * on one post, against the same rules at another commit in the same run: a worst case for the
 * link pattern (4,000 characters of `a.`, the longest question allowed), and an ordinary comment of
 * about 2,000 characters. Runs the two versions alternately; prints CPU ms per post (user + system).
 *
 *   npx tsx --conditions=production bench/site/feedback-text-rules.ts [--ref fee2241] [--n 20]
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as current from '@/feedback/text-rules'

type Rules = Pick<typeof current, 'countLinks' | 'findBannedWords' | 'parseBannedWords'>

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}

const ref = arg('ref', 'fee2241')
const n = Number(arg('n', '20'))
const source = execFileSync('git', ['show', `${ref}:src/feedback/text-rules.ts`], {
  encoding: 'utf8',
})
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'text-rules-')), 'text-rules.ts')
fs.writeFileSync(file, source)
const reference = (await import(file)) as Rules

const texts = {
  'worst case (a. x 2000)': 'a.'.repeat(2000),
  'ordinary comment (1,950 chars)': 'Bài viết rất hữu ích cho cán bộ cơ sở. '.repeat(50),
}

function cpuMsPerPost(rules: Rules, text: string): number {
  const banned = rules.parseBannedWords('lừa đảo\ncá độ\ncasino')
  const start = process.cpuUsage()
  for (let i = 0; i < n; i++) {
    rules.countLinks(text)
    rules.findBannedWords(text, banned)
  }
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / n
}

console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${n} posts a sample`,
)
for (const [label, text] of Object.entries(texts)) {
  const samples = { reference: [] as number[], current: [] as number[] }
  for (let round = 0; round < 3; round++) {
    samples.reference.push(cpuMsPerPost(reference, text))
    samples.current.push(cpuMsPerPost(current, text))
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0
  const [r, c] = [median(samples.reference), median(samples.current)]
  console.log(
    `${label}: ${ref} ${r.toFixed(2)} ms, this tree ${c.toFixed(2)} ms, ratio ${(c / r).toFixed(2)}`,
  )
}

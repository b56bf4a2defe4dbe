import { describe, expect, it } from 'vitest'

import {
  features,
  idf,
  occurrences,
  poolQuery,
  type RankText,
  score,
} from '@/search/engines/sqlite/pool-score'
import { analyzeForIndex, analyzeQuery } from '@/search/vietnamese/analyze'

/** Rank text as the index stores it, from original title, sapo and extra text. */
function rankText(title: string, sapo = '', extra = ''): RankText {
  const pad = (s: string): string => ` ${s} `
  const [t, s, e] = [title, sapo, extra].map(analyzeForIndex)
  return {
    title_x: pad(t?.exact ?? ''),
    title_f: pad(t?.folded ?? ''),
    sapo_x: pad(s?.exact ?? ''),
    sapo_f: pad(s?.folded ?? ''),
    extra_x: pad(e?.exact ?? ''),
    extra_f: pad(e?.folded ?? ''),
  }
}

const flat = (): number => 2
const scoreOf = (q: string, text: RankText, idfOf: (w: string) => number = flat): number =>
  score(text, features(poolQuery(analyzeQuery(q, {})), idfOf))

describe('pool-score: occurrences', () => {
  it('counts whole words only, including back-to-back repeats', () => {
    expect(occurrences(' ban thuong vu ban thuong vu ', ' ban thuong vu ')).toBe(2)
    expect(occurrences(' a a a ', ' a ')).toBe(3)
    expect(occurrences(' bandai ban ', ' ban ')).toBe(1)
    expect(occurrences(' ban ', ' bàn ')).toBe(0)
    expect(occurrences('  ', ' ban ')).toBe(0)
  })
})

describe('pool-score: idf', () => {
  it('falls as a word gets commoner and stays positive', () => {
    expect(idf(10, 100_000)).toBeGreaterThan(idf(1000, 100_000))
    expect(idf(1000, 100_000)).toBeGreaterThan(idf(90_000, 100_000))
    expect(idf(100_000, 100_000)).toBeGreaterThan(0)
  })
})

describe('pool-score: features', () => {
  it('adds exact-spelling features only when the reader typed diacritics', () => {
    const typed = features(poolQuery(analyzeQuery('Ban Tổ chức', {})), flat)
    const bare = features(poolQuery(analyzeQuery('ban to chuc', {})), flat)
    expect(typed.some((f) => f.field === 'title_x' && f.pattern === ' tổ ')).toBe(true)
    expect(bare.some((f) => f.field.endsWith('_x'))).toBe(false)
  })

  it('adds the whole query as a phrase and document numbers as single tokens', () => {
    const phrase = features(poolQuery(analyzeQuery('kế hoạch', {})), flat)
    expect(phrase.some((f) => f.field === 'title_f' && f.pattern === ' ke hoach ')).toBe(true)
    const numbered = features(poolQuery(analyzeQuery('kế hoạch 87-KH/ĐUK', {})), flat)
    expect(numbered.some((f) => f.field === 'extra_f' && f.pattern === ' 87khduk ')).toBe(true)
    // Stored as `87khduk 87 kh đuk`, so the key finds it in any field.
    const stored = rankText('Kế hoạch số 87-KH/ĐUK')
    expect(occurrences(stored.title_f, ' 87khduk ')).toBe(1)
  })
})

describe('pool-score: score', () => {
  it('weighs title over sapo over extra', () => {
    const title = scoreOf('chuyển đổi số', rankText('Chuyển đổi số ở cơ sở'))
    const sapo = scoreOf('chuyển đổi số', rankText('Hội nghị', 'Chuyển đổi số ở cơ sở'))
    const extra = scoreOf('chuyển đổi số', rankText('Hội nghị', '', 'Chuyển đổi số'))
    expect(title).toBeGreaterThan(sapo)
    expect(sapo).toBeGreaterThan(extra)
    expect(extra).toBeGreaterThan(0)
  })

  it('ranks the exact spelling above its folded look-alike', () => {
    const exact = scoreOf('Ban Tổ chức', rankText('Ban Tổ chức Tỉnh ủy họp'))
    const lookalike = scoreOf('Ban Tổ chức', rankText('Bàn giải pháp tổ chức hội nghị'))
    expect(exact).toBeGreaterThan(lookalike)
  })

  it('ranks the words together above the same words apart', () => {
    const together = scoreOf('dân vận khéo', rankText('Phong trào dân vận khéo ở xã'))
    const apart = scoreOf('dân vận khéo', rankText('Người dân khéo vận động'))
    expect(together).toBeGreaterThan(apart)
  })

  it('lets a rare word outweigh a common one', () => {
    const idfOf = (w: string): number => (w === 'xyzzy' ? idf(5, 100_000) : idf(60_000, 100_000))
    const rare = scoreOf('xyzzy tỉnh', rankText('Tin xyzzy', 'tỉnh'), idfOf)
    const common = scoreOf('xyzzy tỉnh', rankText('Tin tỉnh', 'xyzzy'), idfOf)
    expect(rare).toBeGreaterThan(common)
  })

  it('saturates repeats: a word five times scores less than five times once', () => {
    const once = scoreOf('kinh tế', rankText('', 'kinh tế'))
    const five = scoreOf('kinh tế', rankText('', 'kinh tế '.repeat(5)))
    expect(five).toBeGreaterThan(once)
    expect(five).toBeLessThan(once * 5)
  })
})

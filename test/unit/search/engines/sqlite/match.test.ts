import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { buildMatchExpression, quoteFts } from '@/search/engines/sqlite/match'
import { analyzeQuery } from '@/search/vietnamese/analyze'

const F = '{title_f sapo_f body_f extra_f}'
const X = '{title_x sapo_x body_x extra_x}'
const expr = (q: string): string | undefined => buildMatchExpression(analyzeQuery(q))?.expression

describe('FTS5 MATCH builder', () => {
  it('requires a word of several syllables as a phrase (query/words.ts)', () => {
    const aq = { ...analyzeQuery('thu tuc ket nap'), words: [{ from: 0, to: 2 }] }
    const plan = buildMatchExpression(aq)
    expect(plan?.required).toBe(`${F} : "thu tuc" AND ${F} : "ket" AND ${F} : "nap"`)
  })

  it('quotes strings the FTS5 way', () => {
    expect(quoteFts('a"b')).toBe('"a""b"')
    expect(quoteFts('NEAR(')).toBe('"NEAR("')
  })

  it('ANDs folded terms when typed without diacritics and adds a phrase boost', () => {
    expect(expr('an ninh mang')).toBe(
      `${F} : "an" AND ${F} : "ninh" AND ${F} : "mang" AND (${F} : "an ninh mang" OR {title_f} : "an ninh mang" OR {title_f} : "an" OR {title_f} : "ninh" OR {title_f} : "mang" OR ${F} : "nmzanninhmang" OR ${F} : "an")`,
    )
  })

  it('scores each word in the title only for unaccented queries of three words or more', () => {
    expect(expr('an ninh mang')).toContain('{title_f} : "ninh"')
    expect(expr('an ninh')).not.toContain('{title_f} : "ninh" OR')
    expect(expr('an ninh mạng')).not.toContain('{title_f} : "ninh" OR')
  })

  it('adds the query with its stop words as a phrase and as a title top match', () => {
    const plan = buildMatchExpression(analyzeQuery('chuyển đổi số trong cơ quan Đảng'))
    expect(plan?.expression).toContain(`${F} : "chuyen doi so co quan dang"`)
    expect(plan?.expression).toContain(`${F} : "chuyen doi so trong co quan dang"`)
    expect(plan?.expression).toContain(`{title_f} : "chuyen doi so trong co quan dang"`)
    expect(plan?.topTitle).toContain(`{title_f} : "chuyen doi so trong co quan dang"`)
    // Stop words only at the ends are not part of the phrase.
    expect(expr('các chi bộ')).not.toContain('"cac chi bo"')
  })

  it('matches folded and adds exact spellings as optional boosts when typed with diacritics', () => {
    expect(expr('tổ chức')).toBe(
      `${F} : "to" AND ${F} : "chuc" AND ` +
        `(${X} : "tổ" OR ${X} : "chức" OR ${F} : "to chuc" OR ${X} : "tổ chức" OR {title_f} : "to chuc" OR ${F} : "nmztochuc" OR ${F} : "to")`,
    )
    expect(expr('tỉnh')).toBe(`${F} : "tinh" AND (${X} : "tỉnh" OR ${F} : "tinh")`)
  })

  it('offers abbreviation expansions as alternatives', () => {
    expect(expr('UBND')).toBe(`(${F} : "ubnd" OR ${F} : "uy ban nhan dan")`)
    const full = expr('uy ban nhan dan') ?? ''
    expect(full.startsWith(`((${F} : "uy" AND ${F} : "ban"`)).toBe(true)
    expect(full).toContain(`OR ${F} : "ubnd")`)
  })

  it('scores literal and expansion-only matches apart, accent-sensitive for syllable abbreviations', () => {
    const plan = buildMatchExpression(analyzeQuery('dang uy khoi'))
    expect(plan?.expression).toContain(`${F} : "duk"`)
    expect(plan?.expression).toContain(`${X} : "đu"`)
    expect(plan?.literal).not.toContain('duk')
    expect(plan?.expanded).toMatch(/\) NOT \(/)
    expect(buildMatchExpression(analyzeQuery('an ninh'))?.literal).toBeUndefined()
  })

  it('ranks whole-name and title matches first and boosts the query as a whole name', () => {
    const plan = buildMatchExpression(analyzeQuery('Thanh Lê'))
    expect(plan?.nameKey).toBe('nmzthanhle')
    expect(plan?.expression).toContain(`${F} : "nmzthanhle"`)
    expect(plan?.top).toBe(`{title_f} : "thanh le" OR ${F} : "nmzthanhle"`)
    expect(buildMatchExpression(analyzeQuery('trường'))?.top).toBeUndefined()
    expect(buildMatchExpression(analyzeQuery('12-NQ/ĐUK'))?.top).toBe(
      `{title_f} : "12 nq duk" OR ${F} : "12nqduk"`,
    )
  })

  it('keeps an expansion next to the other words undemoted (proximity)', () => {
    const plan = buildMatchExpression(analyzeQuery('UBND Quảng Trị'))
    expect(plan?.expression).toContain(`${F} : NEAR("uy ban nhan dan" "quang" "tri", 6)`)
    expect(plan?.expandedNear).toContain('NEAR(')
  })

  it('ranks the query in the title with its abbreviation spelled out first (UBND → Ủy ban…)', () => {
    expect(buildMatchExpression(analyzeQuery('UBND Quảng Trị'))?.topTitle).toBe(
      '{title_f} : "ubnd quang tri" OR {title_f} : NEAR("uy ban nhan dan" "quang tri", 3)',
    )
  })

  it('gives a one-syllable abbreviation no folded proximity or title clause (ĐU is not dự)', () => {
    const plan = buildMatchExpression(analyzeQuery('dang uy khoi so ket'))
    expect(plan?.expression).toContain(`${X} : "đu"`)
    expect(plan?.expression).not.toContain('NEAR("du"')
    expect(plan?.expression).toContain(`${F} : NEAR("duk" "so" "ket", 6)`)
    expect(plan?.topTitle).not.toContain('"du"')
  })

  it('probes each abbreviation by its other spellings with every other required word', () => {
    expect(buildMatchExpression(analyzeQuery('ban chap hanh thon'))?.expansionProbes).toEqual([
      `(${F} : "bch") AND ${F} : "thon"`,
    ])
    // Two abbreviations: a row found through either holds the other one in some spelling.
    const probes = buildMatchExpression(analyzeQuery('BCH UBND tỉnh'))?.expansionProbes
    expect(probes).toEqual([
      `(${F} : "ban chap hanh") AND (${F} : "ubnd" OR ${F} : "uy ban nhan dan") AND ${F} : "tinh"`,
      `(${F} : "uy ban nhan dan") AND (${F} : "bch" OR ${F} : "ban chap hanh") AND ${F} : "tinh"`,
    ])
    // Overlapping abbreviations over the same words (ĐUK, and ĐU with the word after it, looked
    // up with its accents): every other spelling of the clause is probed, not only the first.
    expect(buildMatchExpression(analyzeQuery('đảng ủy khối tổng kết'))?.expansionProbes).toEqual([
      `(${F} : "duk" OR (${X} : "đu" AND ${F} : "khoi")) AND ${F} : "tong" AND ${F} : "ket"`,
    ])
    expect(buildMatchExpression(analyzeQuery('hội nghị'))?.expansionProbes).toBeUndefined()
  })

  it('requires quoted phrases and boosts document number keys', () => {
    expect(expr('"an ninh mạng"')).toContain(`${F} : "an ninh mang"`)
    expect(expr('12-NQ/ĐUK')).toContain(`${F} : "12nqduk"`)
  })

  it('returns null when nothing is searchable', () => {
    for (const q of ['', '"', '*', '😀', '---', '()']) {
      expect(buildMatchExpression(analyzeQuery(q))).toBeNull()
    }
  })

  it('always produces valid FTS5 syntax', async () => {
    const db = createClient({ url: ':memory:' })
    await db.execute(
      `CREATE VIRTUAL TABLE t USING fts5(title_x, sapo_x, body_x, extra_x, title_f, sapo_f,
        body_f, extra_f, tokenize='unicode61 remove_diacritics 0')`,
    )
    const inputs = [
      'a"b NEAR(c d) OR e*',
      "'; DROP TABLE t; --",
      'title_x : x {body_f} ^y',
      'AND OR NOT',
      '"unterminated phrase',
      'ĐUK "Ban Tổ chức" 12-NQ/TW UBND x'.repeat(20),
      '\u0000\u0007 😀 ✓ ‮ mixed',
    ]
    for (const q of inputs) {
      const plan = buildMatchExpression(analyzeQuery(q))
      if (!plan) continue
      await expect(
        db.execute({ sql: 'SELECT count(*) FROM t WHERE t MATCH ?', args: [plan.expression] }),
      ).resolves.toBeDefined()
    }
    db.close()
  })
})

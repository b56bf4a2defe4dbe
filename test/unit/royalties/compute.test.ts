/** The report's arithmetic: points × point value or a fixed amount, per line, person and unit. */
import { describe, expect, it } from 'vitest'

import {
  buildRoyaltyReport,
  lineValue,
  NO_UNIT,
  type PersonInfo,
  type RoyaltyLineInput,
} from '@/royalties/compute'

const line = (over: Partial<RoyaltyLineInput>): RoyaltyLineInput => ({
  articleId: 'a1',
  articleTitle: 'Hội nghị',
  kind: 'news',
  publishedAt: '2026-11-05T03:00:00.000Z',
  personId: 'p1',
  role: 'writing',
  points: null,
  amount: null,
  note: '',
  ...over,
})

const people = new Map<string, PersonInfo>([
  ['p1', { name: 'Minh Yến', unit: 'Ban Tuyên giáo' }],
  ['p2', { name: 'Thu Hà', unit: '  Ban   Tuyên giáo ' }],
  ['p3', { name: 'Thu Hạ', unit: 'Văn phòng Đảng ủy' }],
  ['p4', { name: 'Lê Văn An', unit: null }],
])

const build = (lines: RoyaltyLineInput[], pointValue = 50_000) =>
  buildRoyaltyReport({
    month: '2026-11',
    from: new Date('2026-10-31T17:00:00Z'),
    to: new Date('2026-11-30T17:00:00Z'),
    pointValue,
    lines,
    people,
  })

describe('lineValue', () => {
  it('values points at the point value and keeps a typed amount as it is', () => {
    expect(lineValue({ points: 10, amount: null }, 50_000)).toBe(500_000)
    expect(lineValue({ points: 2.5, amount: null }, 50_000)).toBe(125_000)
    expect(lineValue({ points: null, amount: 300_000 }, 50_000)).toBe(300_000)
    expect(lineValue({ points: null, amount: null }, 50_000)).toBe(0)
  })

  it('pays the amount when both were typed, and rounds to whole đồng', () => {
    expect(lineValue({ points: 10, amount: 120_000 }, 50_000)).toBe(120_000)
    expect(lineValue({ points: 1 / 3, amount: null }, 10_000)).toBe(3_333)
  })
})

describe('buildRoyaltyReport', () => {
  const lines = [
    line({ articleId: 'a1', personId: 'p1', points: 10 }), // 500 000
    line({ articleId: 'a1', personId: 'p2', role: 'photo', points: 4, note: '2 ảnh' }), // 200 000
    line({ articleId: 'a2', personId: 'p1', points: 7.5 }), // 375 000
    line({ articleId: 'a2', personId: 'p3', role: 'translation', amount: 250_000 }),
    line({ articleId: 'a3', personId: 'p4', role: 'editing', points: 1 }), // 50 000
    line({ articleId: 'a3', personId: 'p2', role: 'photo', amount: 100_000, points: 9 }),
  ]
  const report = build(lines)

  it('totals each person: articles, lines, points, fixed amounts and đồng', () => {
    const byName = Object.fromEntries(report.people.map((p) => [p.name, p]))
    expect(byName['Minh Yến']).toMatchObject({
      articles: 2,
      lines: 2,
      points: 17.5,
      fixed: 0,
      total: 875_000,
    })
    // The photo line with an amount counts its amount, not its 9 points.
    expect(byName['Thu Hà']).toMatchObject({
      articles: 2,
      points: 4,
      fixed: 100_000,
      total: 300_000,
    })
    expect(byName['Thu Hạ']).toMatchObject({ points: 0, fixed: 250_000, total: 250_000 })
    expect(byName['Lê Văn An']).toMatchObject({ unit: NO_UNIT, total: 50_000 })
  })

  it('keeps two people whose names differ only in diacritics apart', () => {
    expect(report.people.map((p) => p.name)).toContain('Thu Hà')
    expect(report.people.map((p) => p.name)).toContain('Thu Hạ')
    expect(report.people).toHaveLength(4)
  })

  it('totals each unit, merging spellings that differ only in spaces', () => {
    const byUnit = Object.fromEntries(report.units.map((u) => [u.unit, u]))
    expect(Object.keys(byUnit).sort()).toEqual(
      ['Ban Tuyên giáo', NO_UNIT, 'Văn phòng Đảng ủy'].sort(),
    )
    expect(byUnit['Ban Tuyên giáo']).toMatchObject({ people: 2, articles: 3, total: 1_175_000 })
    expect(byUnit['Văn phòng Đảng ủy']).toMatchObject({ people: 1, total: 250_000 })
    expect(byUnit[NO_UNIT]).toMatchObject({ people: 1, total: 50_000 })
  })

  it('has grand totals equal to the sum of the people and of the units', () => {
    expect(report.totals).toEqual({
      lines: 6,
      articles: 3,
      points: 22.5,
      fixed: 350_000,
      total: 1_475_000,
    })
    const sum = (xs: { total: number }[]) => xs.reduce((n, x) => n + x.total, 0)
    expect(sum(report.people)).toBe(report.totals.total)
    expect(sum(report.units)).toBe(report.totals.total)
  })

  it('follows the point value: points change, amounts do not', () => {
    const doubled = build(lines, 100_000)
    expect(doubled.totals.total).toBe(22.5 * 100_000 + 350_000)
    expect(doubled.totals.fixed).toBe(350_000)
  })

  it('labels roles in Vietnamese and lists a line without payee under its own name', () => {
    expect(report.lines.find((l) => l.role === 'translation')?.roleLabel).toBe('Dịch')
    const orphan = build([line({ personId: null, points: 1 })])
    expect(orphan.people[0]).toMatchObject({ name: 'Chưa chọn người hưởng', total: 50_000 })
  })

  it('is empty, with zero totals, for a month without lines', () => {
    const empty = build([])
    expect(empty.people).toEqual([])
    expect(empty.units).toEqual([])
    expect(empty.totals).toEqual({ lines: 0, articles: 0, points: 0, fixed: 0, total: 0 })
  })
})

import { describe, expect, it } from 'vitest'

import { csvCell, csvRow } from '@/collections/AuditLog/csv'
import { retentionDays } from '@/collections/AuditLog/retention'
import { summarizeChanges } from '@/collections/AuditLog/summary'

describe('summarizeChanges', () => {
  it('names changed fields, with old → new for small scalars', () => {
    const summary = summarizeChanges(
      { title: 'Cũ', body: { root: { children: [1] } }, kind: 'news', updatedAt: 'a' },
      { title: 'Mới', body: { root: { children: [2] } }, kind: 'news', updatedAt: 'b' },
    )
    expect(summary).toBe('title: "Cũ" → "Mới"; body')
  })

  it('compares relationships by id whether populated or not', () => {
    expect(summarizeChanges({ categories: [{ id: 'a', name: 'X' }] }, { categories: ['a'] })).toBe(
      '',
    )
    expect(summarizeChanges({ roles: ['reporter'] }, { roles: ['editor', 'admin'] })).toBe(
      'roles: [reporter] → [editor, admin]',
    )
  })

  it('never shows secret values', () => {
    const summary = summarizeChanges(
      { hash: 'aaa', salt: 's1', resetPasswordToken: 't1', apiKey: 'k1' },
      { hash: 'bbb', salt: 's2', resetPasswordToken: 't2', apiKey: 'k2' },
    )
    expect(summary).toBe('hash; salt; resetPasswordToken; apiKey')
    expect(summary).not.toMatch(/aaa|bbb|s1|s2|t1|t2|k1|k2/)
  })

  it('cuts long summaries', () => {
    const before = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field${i}`, 1]))
    const after = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field${i}`, 2]))
    expect(summarizeChanges(before, after).length).toBeLessThanOrEqual(500)
  })
})

describe('csv', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvRow(['a', 'b "c"', 'd,e\nf', null])).toBe('"a","b ""c""","d,e\nf",""\r\n')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(value)).toBe(`"'${value}"`)
    expect(csvCell('Bình thường')).toBe('"Bình thường"')
  })
})

describe('retentionDays', () => {
  it('defaults to 400 days and never goes under 365', () => {
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    expect(retentionDays(undefined, warn)).toBe(400)
    expect(retentionDays('730', warn)).toBe(730)
    expect(warnings).toEqual([])
    expect(retentionDays('30', warn)).toBe(365)
    expect(retentionDays('abc', warn)).toBe(400)
    expect(warnings).toHaveLength(2)
  })
})

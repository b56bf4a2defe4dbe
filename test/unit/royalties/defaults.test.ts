/** Default royalty lines from the rate table: bylines share "Viết", photographers get "Ảnh" per photo. */
import { describe, expect, it } from 'vitest'

import { DEFAULT_RATES, defaultRoyaltyLines, type RateRow } from '@/royalties/defaults'
import { normalisePersonName, samePerson } from '@/royalties/person-name'

describe('defaultRoyaltyLines', () => {
  it('gives a single author the kind’s writing rate and a photographer the photo rate per photo', () => {
    const lines = defaultRoyaltyLines(
      { kind: 'news', authors: ['a'], photographers: [{ person: 'p', photos: 3 }] },
      DEFAULT_RATES,
    )
    expect(lines).toEqual([
      { person: 'a', role: 'writing', points: 10, note: null },
      { person: 'p', role: 'photo', points: 6, note: '3 ảnh' },
    ])
  })

  it('splits the writing rate between co-authors and follows the kind', () => {
    const lines = defaultRoyaltyLines(
      { kind: 'interview', authors: ['a', 'b'], photographers: [] },
      DEFAULT_RATES,
    )
    expect(lines.map((l) => l.points)).toEqual([7.5, 7.5])
    expect(lines[0]?.note).toBe('Đồng tác giả (2 người)')
  })

  it('uses amounts where the rate row has an amount', () => {
    const rates: RateRow[] = [{ kind: 'feature', role: 'writing', amount: 1_000_000 }]
    const lines = defaultRoyaltyLines(
      { kind: 'feature', authors: ['a', 'b', 'c'], photographers: [] },
      rates,
    )
    expect(lines.map((l) => l.amount)).toEqual([333_333, 333_333, 333_333])
    expect(lines.every((l) => l.points === undefined)).toBe(true)
  })

  it('keeps the lines already there: a person and role that have one get no default', () => {
    const lines = defaultRoyaltyLines(
      { kind: 'news', authors: ['a', 'b'], photographers: [{ person: 'a', photos: 1 }] },
      DEFAULT_RATES,
      [{ person: 'a', role: 'writing' }],
    )
    expect(lines.map((l) => `${l.person}:${l.role}`)).toEqual(['b:writing', 'a:photo'])
  })

  it('adds nothing for a kind or role without a rate', () => {
    expect(
      defaultRoyaltyLines(
        { kind: 'news', authors: ['a'], photographers: [{ person: 'p', photos: 2 }] },
        [],
      ),
    ).toEqual([])
  })
})

describe('person names', () => {
  it('match after trimming and collapsing whitespace, composed or decomposed', () => {
    expect(normalisePersonName('  Thu\u00a0  Hà ')).toBe('Thu Hà')
    expect(samePerson('Thu Hà', 'Thu Ha\u0300')).toBe(true)
    expect(samePerson(' Minh   Yến', 'Minh Yến')).toBe(true)
  })

  it('never merge names that differ in diacritics or case', () => {
    expect(samePerson('Thu Hà', 'Thu Hạ')).toBe(false)
    expect(samePerson('Thu Hà', 'Thu Ha')).toBe(false)
    expect(samePerson('Thu Hà', 'thu hà')).toBe(false)
    expect(samePerson('', '')).toBe(false)
  })
})

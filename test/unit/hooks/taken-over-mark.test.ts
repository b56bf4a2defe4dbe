import { describe, expect, it } from 'vitest'

import { takenSince, type TakeOverMark } from '@/hooks/taken-over-mark'

const NOW = 1_800_000_000_000
const mark = (over: Partial<TakeOverMark> = {}): TakeOverMark => ({
  by: 'editor',
  byCollection: 'users',
  from: 'reporter',
  at: NOW - 1_000,
  mark: 'm-2',
  ...over,
})

describe('takenSince: was the document taken from the saver while the save ran?', () => {
  it('no mark, or a take-over from someone else: no', () => {
    expect(takenSince(null, 'reporter', null, NOW)).toBe(false)
    expect(takenSince(mark({ from: 'approver' }), 'reporter', 'm-1', NOW)).toBe(false)
  })

  it('the mark the save saw at its start: no (a take-over finished before it, a later session)', () => {
    expect(takenSince(mark(), 'reporter', 'm-2', NOW)).toBe(false)
  })

  it('a mark other than the one seen at the start: yes, whatever the clocks say', () => {
    expect(takenSince(mark(), 'reporter', 'm-1', NOW)).toBe(true)
    expect(takenSince(mark(), 'reporter', null, NOW)).toBe(true)
    // The taker's clock runs minutes behind the saver's.
    expect(takenSince(mark({ at: NOW - 3_600_000 }), 'reporter', 'm-1', NOW)).toBe(true)
  })

  it('a take-over under way: yes, even when the save saw it at its start', () => {
    expect(takenSince(mark({ pending: true }), 'reporter', 'm-2', NOW)).toBe(true)
  })

  it('a take-over that failed half-way long ago: no', () => {
    expect(takenSince(mark({ pending: true, at: NOW - 300_001 }), 'reporter', 'm-2', NOW)).toBe(
      false,
    )
  })
})

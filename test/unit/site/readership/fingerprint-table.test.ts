/**
 * The typed-array set behind "Đang truy cập" and the once-per-visit rule (fingerprint-table.ts):
 * checked against a plain Map under random adds, touches and removals, with keys crowded onto a few
 * index slots so probing, wrap-around and backward-shift deletion are all exercised.
 */
import { describe, expect, it } from 'vitest'

import { FingerprintTable } from '@/site/readership/fingerprint-table'

let seed = 7
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed % n
}

/** Key number `n` as four words; the first word's low bits take only a few values (slot clashes). */
const key = (n: number) => Int32Array.of((n % 5) * 3 + 13, n, ~n, n * 7)

describe('fingerprint table', () => {
  it('finds, stamps and forgets exactly what a Map does, oldest first', () => {
    const capacity = 40
    const table = new FingerprintTable(capacity)
    // Key number → time; Map order is the table's least-recently-stamped order.
    const model = new Map<number, number>()
    for (let step = 0; step < 50_000; step++) {
      const n = random(120)
      const entry = table.find(key(n))
      expect(entry >= 0).toBe(model.has(n))
      const op = random(10)
      if (entry >= 0 && op < 3) {
        table.remove(entry)
        model.delete(n)
      } else if (entry >= 0) {
        table.touch(entry, step)
        model.delete(n)
        model.set(n, step)
      } else {
        if (table.size >= capacity) {
          const [oldest] = model.keys()
          expect(table.oldest).toBe(table.find(key(oldest!)))
          table.remove(table.oldest)
          model.delete(oldest!)
        }
        table.add(key(n), step)
        model.set(n, step)
      }
      expect(table.size).toBe(model.size)
    }
    for (const [n, time] of model) expect(table.time(table.find(key(n)))).toBe(time)
    expect(table.held()).toHaveLength(model.size)
    table.clear()
    expect(table.size).toBe(0)
    expect(table.find(key([...model.keys()][0]!))).toBe(-1)
    expect(table.held()).toEqual([])
  })
})

/**
 * The test above homes every key on slots 13–25 of 128, so no probe run ever wraps past the
 * index's last slot: here keys are homed on the last slots (and slot 0), so runs wrap and
 * backward-shift deletion must move entries across the end; tiny capacities (1, 2, 3) check the
 * list's head and tail when they are the same entry or neighbours; a cleared table is reused.
 */
describe('fingerprint table at the edges', () => {
  for (const capacity of [1, 2, 3, 5, 40]) {
    it(`matches a Map with wrapping probe runs at capacity ${capacity}`, () => {
      let slots = 8
      while (slots < capacity * 2) slots *= 2
      const wrapKey = (n: number) => Int32Array.of(slots - 1 - (n % 3), n, ~n, n ^ 0x5bd1e995)
      const table = new FingerprintTable(capacity)
      const model = new Map<number, number>()
      const check = () => {
        expect(table.size).toBe(model.size)
        for (const [n, time] of model) {
          const entry = table.find(wrapKey(n))
          expect(entry).toBeGreaterThanOrEqual(0)
          expect(table.time(entry)).toBe(time)
        }
        const [first] = model.keys()
        expect(table.oldest).toBe(first === undefined ? -1 : table.find(wrapKey(first)))
        expect(table.held()).toHaveLength(model.size)
      }
      for (let step = 0; step < 8000; step++) {
        if (step === 4000) {
          table.clear()
          model.clear()
        }
        const n = random(capacity * 3 + 2)
        const entry = table.find(wrapKey(n))
        expect(entry >= 0).toBe(model.has(n))
        const op = random(10)
        if (entry >= 0 && op < 4) {
          table.remove(entry)
          model.delete(n)
        } else if (entry >= 0) {
          table.touch(entry, step)
          model.delete(n)
          model.set(n, step)
        } else {
          if (table.size >= capacity) {
            const [oldest] = model.keys()
            table.remove(table.oldest)
            model.delete(oldest!)
          }
          table.add(wrapKey(n), step)
          model.set(n, step)
        }
        if (step % 97 === 0 || capacity <= 3) check()
      }
      check()
    })
  }

  it('refuses a capacity below one (an empty table would evict an entry it does not have)', () => {
    expect(() => new FingerprintTable(0)).toThrow(RangeError)
    expect(() => new FingerprintTable(1.5)).toThrow(RangeError)
  })
})

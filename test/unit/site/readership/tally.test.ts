import { afterEach, describe, expect, it, vi } from 'vitest'

import { ActiveVisitors } from '@/site/readership/active-visitors'
import { startFlusher, type ViewRow, ViewTally } from '@/site/readership/tally'

afterEach(() => vi.useRealTimers())

const total = (rows: ViewRow[]) => rows.reduce((n, r) => n + r.views, 0)

describe('view tally', () => {
  it('merges views of one page and day, keeps days apart', () => {
    const t = new ViewTally()
    t.add('2026-11-29', '/', 'home', '')
    t.add('2026-11-29', '/', 'home', '')
    t.add('2026-11-30', '/', 'home', '')
    t.add('2026-11-30', '/bai-viet/a', 'article', 'a')
    expect(t.size).toBe(3)
    expect(t.pending('2026-11-30')).toBe(2)
    const rows = t.take()
    expect(rows.find((r) => r.day === '2026-11-29')?.views).toBe(2)
    expect(t.size).toBe(0)
  })
})

describe('flusher', () => {
  it('writes the batch every interval and nothing when idle', async () => {
    vi.useFakeTimers()
    const t = new ViewTally()
    const batches: ViewRow[][] = []
    const f = startFlusher(t, async (rows) => void batches.push(rows), 10_000)
    for (let i = 0; i < 5; i++) t.add('2026-11-29', '/', 'home', '')
    await vi.advanceTimersByTimeAsync(9_999)
    expect(batches).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(batches.map(total)).toEqual([5])
    await vi.advanceTimersByTimeAsync(30_000)
    expect(batches).toHaveLength(1)
    await f.stop()
  })

  it('puts a failed batch back and writes it, with newer views, next time', async () => {
    const t = new ViewTally()
    const written: ViewRow[] = []
    let fail = true
    const errors: unknown[] = []
    const f = startFlusher(
      t,
      async (rows) => {
        if (fail) throw new Error('database is locked')
        written.push(...rows)
      },
      3_600_000,
      (e) => errors.push(e),
    )
    t.add('2026-11-29', '/', 'home', '', 3)
    await f.flush()
    expect(errors).toHaveLength(1)
    expect(t.pending()).toBe(3)
    t.add('2026-11-29', '/', 'home', '', 2)
    fail = false
    await f.flush()
    expect(total(written)).toBe(5)
    expect(t.pending()).toBe(0)
    await f.stop()
  })

  it('never runs two writes at once and loses nothing counted during a slow write', async () => {
    const t = new ViewTally()
    let inFlight = 0
    let maxInFlight = 0
    let written = 0
    const f = startFlusher(
      t,
      async (rows) => {
        inFlight++
        maxInFlight = Math.max(maxInFlight, inFlight)
        await new Promise((r) => setTimeout(r, 20))
        written += total(rows)
        inFlight--
      },
      3_600_000,
    )
    const flushes: Promise<void>[] = []
    for (let i = 0; i < 50; i++) {
      t.add('2026-11-29', `/p${i % 7}`, 'other', '')
      if (i % 10 === 0) flushes.push(f.flush())
    }
    await Promise.all(flushes)
    await f.stop()
    expect(maxInFlight).toBe(1)
    expect(written).toBe(50)
  })

  it('writes the remainder on stop (graceful shutdown)', async () => {
    const t = new ViewTally()
    let written = 0
    const f = startFlusher(t, async (rows) => void (written += total(rows)), 3_600_000)
    t.add('2026-11-29', '/', 'home', '', 7)
    await f.stop()
    expect(written).toBe(7)
  })
})

describe('active visitors', () => {
  it('counts distinct addresses of the last five minutes, re-visits once', () => {
    const a = new ActiveVisitors()
    const t0 = Date.parse('2026-11-29T03:00:00Z')
    a.saw('203.0.113.1', t0)
    a.saw('203.0.113.2', t0 + 60_000)
    a.saw('203.0.113.1', t0 + 120_000)
    expect(a.count(t0 + 120_000)).toBe(2)
    // 203.0.113.2 was last seen at t0+1 min: gone after t0+6 min; .1 (t0+2 min) still there.
    expect(a.count(t0 + 6 * 60_000 + 1)).toBe(1)
    expect(a.count(t0 + 8 * 60_000)).toBe(0)
  })
  it('counts an IPv6 client once for its whole /64, which it can spray addresses from', () => {
    // One host with one /64 could otherwise show any "Đang truy cập" figure up to the bound.
    const a = new ActiveVisitors()
    const t0 = Date.parse('2026-11-29T03:00:00Z')
    for (let i = 0; i < 500; i++) a.saw(`2001:db8:aa:1:${(i + 1).toString(16)}::${i + 7}`, t0 + i)
    expect(a.count(t0 + 500)).toBe(1)
    // Another /64 is another visitor; an IPv4-mapped address is its IPv4 visitor.
    a.saw('2001:db8:aa:2::1', t0 + 600)
    a.saw('203.0.113.9', t0 + 601)
    a.saw('::ffff:203.0.113.9', t0 + 602)
    expect(a.count(t0 + 602)).toBe(3)
  })

  it('holds no address in readable form once the figure is read', () => {
    const a = new ActiveVisitors()
    a.saw('198.51.100.77')
    expect(a.count()).toBe(1)
    expect(JSON.stringify(heldBy(a))).not.toContain('198.51.100.77')
  })

  it('holds an address as it came for at most about a second, read or not', async () => {
    const a = new ActiveVisitors()
    a.saw('198.51.100.78')
    await new Promise((resolve) => setTimeout(resolve, 1200))
    expect(JSON.stringify(heldBy(a))).not.toContain('198.51.100.78')
    expect(heldBy(a).seen).toHaveLength(1)
  })

  it('counts one visitor for many views in one second, and hashes with a new salt each day', () => {
    const a = new ActiveVisitors()
    // 23:59:58 and 23:59:59 in Vietnam, then 00:00:00 of the next Vietnam day.
    const t = Date.parse('2026-11-29T16:59:58.000Z')
    for (let i = 0; i < 50; i++) a.saw('203.0.113.5', t + i)
    a.saw('203.0.113.6', t + 1000)
    expect(a.count(t + 1000)).toBe(2)
    const before = heldBy(a).seen
    a.saw('203.0.113.5', t + 2000)
    // The new day's salt: yesterday's hashes are forgotten, the same reader hashes differently.
    expect(a.count(t + 2000)).toBe(1)
    const after = heldBy(a).seen
    expect(after).toHaveLength(1)
    expect(before).not.toContain(after[0])
  })
})

/** Everything an ActiveVisitors keeps about readers: hashes (it keeps no address, not even briefly). */
function heldBy(a: ActiveVisitors): { seen: string[] } {
  return { seen: a.held() }
}

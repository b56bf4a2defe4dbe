/**
 * The once-per-visit rule for page views (repeat-views.ts): one address counts a page once per
 * 30 minutes (an IPv6 client per /64), other addresses and other pages count on their own, a new Vietnam day starts
 * afresh, the set stays bounded, and no address is held in readable form.
 */
import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { RepeatViews, VISIT_WINDOW_MS } from '@/site/readership/repeat-views'

const t0 = Date.parse('2026-11-29T03:00:00Z')

describe('repeat views', () => {
  it('counts one address once per page per 30 minutes, and each address and page apart', () => {
    const r = new RepeatViews()
    const counted = Array.from({ length: 50 }, (_, i) =>
      r.isNew('203.0.113.1', '/a', t0 + i * 1000),
    )
    expect(counted.filter(Boolean)).toHaveLength(1)
    expect(r.isNew('203.0.113.2', '/a', t0)).toBe(true)
    expect(r.isNew('203.0.113.1', '/b', t0)).toBe(true)
    expect(r.isNew('203.0.113.1', '/a', t0 + VISIT_WINDOW_MS - 1)).toBe(false)
    expect(r.isNew('203.0.113.1', '/a', t0 + VISIT_WINDOW_MS)).toBe(true)
    expect(r.isNew('203.0.113.1', '/a', t0 + VISIT_WINDOW_MS + 1)).toBe(false)
  })

  it('starts afresh on a new Vietnam day, with a new salt', () => {
    const r = new RepeatViews()
    // 23:59 and 00:01 in Vietnam.
    const late = Date.parse('2026-11-29T16:59:00Z')
    expect(r.isNew('203.0.113.5', '/a', late)).toBe(true)
    const before = [...held(r)]
    expect(r.isNew('203.0.113.5', '/a', late + 120_000)).toBe(true)
    expect(held(r)).toHaveLength(1)
    expect(before).not.toContain(held(r)[0])
  })

  it('forgets expired visits and holds at most its bound, oldest dropped first', () => {
    const r = new RepeatViews(VISIT_WINDOW_MS, 3)
    for (let i = 0; i < 10; i++) r.isNew(`198.51.100.${i}`, '/a', t0 + i)
    expect(r.size).toBe(3)
    // The newest three are still remembered; the oldest were dropped and count again.
    expect(r.isNew('198.51.100.9', '/a', t0 + 20)).toBe(false)
    expect(r.isNew('198.51.100.0', '/a', t0 + 20)).toBe(true)
    const expiring = new RepeatViews()
    for (let i = 0; i < 10; i++) expiring.isNew(`198.51.100.${i}`, '/a', t0)
    expiring.isNew('198.51.100.99', '/a', t0 + VISIT_WINDOW_MS)
    expect(expiring.size).toBe(1)
  })

  it('counts a page once whatever percent-encoding spells its path', () => {
    const r = new RepeatViews()
    expect(r.isNew('203.0.113.20', '/bai-viet/slug', t0)).toBe(true)
    for (const spelling of [
      '/bai-viet/%73lug',
      '/bai-viet/s%6Cug',
      '/bai-viet/s%6cu%67',
      '/%62ai-viet/slug',
    ])
      expect(r.isNew('203.0.113.20', spelling, t0 + 1)).toBe(false)
    // Malformed escapes are kept as they came, and still count once.
    expect(r.isNew('203.0.113.20', '/bai-viet/%E0%A4%A', t0 + 2)).toBe(true)
    expect(r.isNew('203.0.113.20', '/bai-viet/%E0%A4%A', t0 + 3)).toBe(false)
  })

  it('counts an IPv6 client once for its whole /64, which it can spray addresses from', () => {
    const r = new RepeatViews()
    // One host picks a new address of its /64 for every request (privacy addresses, or on purpose).
    const sprayed = Array.from({ length: 50 }, (_, i) =>
      r.isNew(`2001:db8:aa:1:${(i + 1).toString(16)}::${i + 7}`, '/a', t0 + i),
    )
    expect(sprayed.filter(Boolean)).toHaveLength(1)
    expect(r.isNew('2001:db8:aa:1::1', '/a', t0 + 60)).toBe(false)
    // Another /64 is another reader; an IPv4-mapped address is its IPv4 reader.
    expect(r.isNew('2001:db8:aa:2::1', '/a', t0 + 60)).toBe(true)
    expect(r.isNew('203.0.113.9', '/a', t0 + 60)).toBe(true)
    expect(r.isNew('::ffff:203.0.113.9', '/a', t0 + 61)).toBe(false)
  })

  it('keeps a visit counted again after it expired, though its first count leaves the queue', () => {
    const r = new RepeatViews(VISIT_WINDOW_MS, 2)
    expect(r.isNew('198.51.100.1', '/a', t0)).toBe(true)
    // Counted again once expired: its first count is now stale and must not forget the second.
    expect(r.isNew('198.51.100.1', '/a', t0 + VISIT_WINDOW_MS)).toBe(true)
    expect(r.isNew('198.51.100.2', '/a', t0 + VISIT_WINDOW_MS + 1)).toBe(true)
    expect(r.size).toBe(2)
    expect(r.isNew('198.51.100.1', '/a', t0 + VISIT_WINDOW_MS + 2)).toBe(false)
    // Over the bound the oldest live visit goes, not a stale entry.
    expect(r.isNew('198.51.100.3', '/a', t0 + VISIT_WINDOW_MS + 3)).toBe(true)
    expect(r.size).toBe(2)
    expect(r.isNew('198.51.100.2', '/a', t0 + VISIT_WINDOW_MS + 4)).toBe(false)
    expect(r.isNew('198.51.100.1', '/a', t0 + VISIT_WINDOW_MS + 5)).toBe(true)
  })

  it('stays bounded under a flood of 300,000 sprayed networks', () => {
    const r = new RepeatViews(VISIT_WINDOW_MS, 1000)
    for (let i = 0; i < 300_000; i++)
      r.isNew(`2001:db8:${i >> 16}:${(i & 0xffff).toString(16)}::1`, '/a', t0 + i)
    expect(r.size).toBe(1000)
    // Its storage is allocated once for the bound and never grows.
    expect((r as unknown as { counted: { capacity: number } }).counted.capacity).toBe(1000)
    expect(held(r)).toHaveLength(1000)
  })

  it('counts a visit again 30 minutes on even after the clock stepped back', () => {
    // An NTP step backwards leaves a later-stamped entry at the front of the list, so expiry from
    // the front stops early; an expired visit found behind it must still count again.
    const r = new RepeatViews()
    expect(r.isNew('203.0.113.30', '/a', t0)).toBe(true)
    const stepped = t0 - 40 * 60_000
    expect(r.isNew('203.0.113.31', '/b', stepped)).toBe(true)
    expect(r.isNew('203.0.113.31', '/b', stepped + VISIT_WINDOW_MS - 1)).toBe(false)
    expect(r.isNew('203.0.113.31', '/b', stepped + VISIT_WINDOW_MS)).toBe(true)
    expect(r.isNew('203.0.113.31', '/b', stepped + VISIT_WINDOW_MS + 1)).toBe(false)
  })

  it('keeps one reader’s visits unlinkable: no public path hash relates them', () => {
    // With key = salted(reader) XOR sha256(path), two keys of one reader XOR to
    // sha256(p) XOR sha256(q), which anyone can compute: a dump of the set would group each
    // reader's pages, and a reader could aim their own keys at chosen index slots.
    const words = (hex: string) => Array.from({ length: 4 }, (_, w) => hex.slice(w * 8, w * 8 + 8))
    const xor = (a: string, b: string) =>
      words(a)
        .map((w, i) => (Number.parseInt(w, 16) ^ Number.parseInt(words(b)[i]!, 16)) >>> 0)
        .map((w) => w.toString(16).padStart(8, '0'))
        .join('')
    const publicHash = (path: string) =>
      crypto.createHash('sha256').update(path).digest('hex').slice(0, 32)
    const r = new RepeatViews()
    r.isNew('203.0.113.40', '/bai-viet/p', t0)
    r.isNew('203.0.113.40', '/bai-viet/q', t0 + 1)
    const [p, q] = held(r)
    expect(xor(p!, q!)).not.toBe(xor(publicHash('/bai-viet/p'), publicHash('/bai-viet/q')))
    // Nor does one day's relation between two pages carry over to the next day.
    const late = Date.parse('2026-11-29T16:59:00Z')
    const days = [late, late + 120_000].map((at) => {
      const s = new RepeatViews()
      s.isNew('203.0.113.40', '/bai-viet/p', at)
      s.isNew('203.0.113.40', '/bai-viet/q', at)
      const [x, y] = held(s)
      return xor(x!, y!)
    })
    expect(days[0]).not.toBe(days[1])
  })

  it('holds no address in readable form', () => {
    const r = new RepeatViews()
    r.isNew('198.51.100.77', '/bai-viet/x')
    expect(JSON.stringify(held(r))).not.toContain('198.51.100.77')
    expect(JSON.stringify(held(r))).not.toContain('bai-viet')
  })
})

function held(r: RepeatViews): string[] {
  return r.held()
}

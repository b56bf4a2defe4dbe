import { describe, expect, it } from 'vitest'

import type { PageView } from '@/site/readership/page-view'
import { ViewPairing } from '@/site/readership/pairing'

const view: PageView = { path: '/bai-viet/a', kind: 'article', key: 'a', address: '203.0.113.9' }
const WAIT = 1000

function setup() {
  const counted: Array<{ view: PageView; at: number }> = []
  const pairing = new ViewPairing((v, at) => counted.push({ view: v, at }), WAIT)
  return { pairing, counted }
}

describe('pairing nginx mirrors with proxied requests', () => {
  it('counts a mirror nothing followed (a micro-cache hit) once the wait is over', () => {
    const { pairing, counted } = setup()
    pairing.mirrored('a'.repeat(32), view, 0)
    pairing.sweep(WAIT - 1)
    expect(counted).toHaveLength(0)
    pairing.sweep(WAIT)
    expect(counted).toHaveLength(1)
    expect(counted[0]?.at).toBe(0)
    pairing.sweep(10 * WAIT)
    expect(counted).toHaveLength(1)
    expect(pairing.size).toBe(0)
  })

  it('counts a miss once, whichever of mirror and proxied request arrives first', () => {
    for (const mirrorFirst of [true, false]) {
      const { pairing, counted } = setup()
      const id = 'b'.repeat(32)
      if (mirrorFirst) pairing.mirrored(id, view, 0)
      pairing.proxiedStart(id, 1)
      if (!mirrorFirst) pairing.mirrored(id, view, 2)
      pairing.proxiedEnd(id, view, 3)
      pairing.sweep(10 * WAIT)
      expect(counted, `mirror first: ${mirrorFirst}`).toHaveLength(1)
      expect(pairing.size).toBe(0)
    }
  })

  it('counts once when the mirror arrives after the proxied answer', () => {
    const { pairing, counted } = setup()
    const id = 'c'.repeat(32)
    pairing.proxiedStart(id, 0)
    pairing.proxiedEnd(id, view, 5)
    pairing.mirrored(id, view, 6)
    pairing.sweep(10 * WAIT)
    expect(counted).toHaveLength(1)
  })

  it('lets the answer decide: a 404 or a bot behind a mirror counts nothing', () => {
    const { pairing, counted } = setup()
    const id = 'd'.repeat(32)
    pairing.mirrored(id, view, 0)
    pairing.proxiedStart(id, 1)
    pairing.proxiedEnd(id, null, 2)
    pairing.sweep(10 * WAIT)
    expect(counted).toHaveLength(0)
  })

  it('waits for a slow render past the wait instead of counting the mirror', () => {
    const { pairing, counted } = setup()
    const id = 'e'.repeat(32)
    pairing.mirrored(id, view, 0)
    pairing.proxiedStart(id, 1)
    pairing.sweep(3 * WAIT)
    expect(counted).toHaveLength(0)
    pairing.proxiedEnd(id, view, 3 * WAIT)
    pairing.sweep(10 * WAIT)
    expect(counted).toHaveLength(1)
  })

  it('counts a proxied request whose mirror never comes, once', () => {
    const { pairing, counted } = setup()
    const id = 'f'.repeat(32)
    pairing.proxiedStart(id, 0)
    pairing.proxiedEnd(id, view, 1)
    pairing.proxiedEnd(id, view, 2)
    pairing.sweep(10 * WAIT)
    expect(counted).toHaveLength(1)
    expect(pairing.size).toBe(0)
  })

  it('counts concurrent hits and misses exactly once each', () => {
    const { pairing, counted } = setup()
    const ids = Array.from({ length: 500 }, (_, i) => i.toString(16).padStart(32, '0'))
    ids.forEach((id, i) => {
      pairing.mirrored(id, view, i)
      if (i % 5 === 0) pairing.proxiedStart(id, i)
    })
    ids.forEach((id, i) => {
      if (i % 5 === 0) pairing.proxiedEnd(id, i % 10 === 0 ? view : null, 600 + i)
    })
    pairing.sweep(10 * WAIT)
    // 400 hits, 50 misses answered 200, 50 misses answered otherwise.
    expect(counted).toHaveLength(450)
    expect(pairing.size).toBe(0)
  })
})

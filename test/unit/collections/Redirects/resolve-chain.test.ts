import { describe, expect, it } from 'vitest'

import {
  MAX_REDIRECT_HOPS,
  type RedirectTarget,
  resolveRedirect,
} from '@/collections/Redirects/resolve-chain'

const table = (entries: Array<[string, string, (301 | 302)?]>) => {
  const map = new Map<string, RedirectTarget>(
    entries.map(([from, to, status = 301]) => [from, { to, status }]),
  )
  return (path: string) => map.get(path)
}

describe('resolveRedirect', () => {
  it('answers none for an address without a redirect', () => {
    expect(resolveRedirect(table([['/a', '/b']]), '/x')).toEqual({ kind: 'none' })
  })

  it('follows a chain to its end; 302 as soon as one hop is temporary', () => {
    const lookup = table([
      ['/a', '/b'],
      ['/b', '/c', 302],
      ['/c', 'https://moi.example/c'],
    ])
    expect(resolveRedirect(lookup, '/a')).toEqual({
      kind: 'redirect',
      to: 'https://moi.example/c',
      status: 302,
    })
    expect(resolveRedirect(table([['/a', '/b']]), '/a?x=1')).toEqual({
      kind: 'redirect',
      to: '/b',
      status: 301,
    })
  })

  it('finds A→A, A→B→A and rings through a query string', () => {
    expect(resolveRedirect(table([['/a', '/a/']]), '/a')).toEqual({
      kind: 'loop',
      path: ['/a', '/a'],
    })
    expect(
      resolveRedirect(
        table([
          ['/a', '/b'],
          ['/b', '/a'],
        ]),
        '/b',
      ),
    ).toEqual({ kind: 'loop', path: ['/b', '/a', '/b'] })
    expect(resolveRedirect(table([['/a', '/a?lang=vi']]), '/a').kind).toBe('loop')
  })

  it('finds a ring that only a query string closes, since the query travels along', () => {
    // Neither /a nor /b redirects alone, but a reader at /a?trang=2 is sent to /b?trang=2 and back.
    const lookup = table([
      ['/a?trang=2', '/b'],
      ['/b?trang=2', '/a'],
    ])
    expect(resolveRedirect(lookup, '/a?trang=2')).toEqual({
      kind: 'loop',
      path: ['/a?trang=2', '/b?trang=2', '/a?trang=2'],
    })
    // A reader's own query closes A → B, B?trang=2 → A too.
    const mixed = table([
      ['/a', '/b'],
      ['/b?trang=2', '/a'],
    ])
    expect(resolveRedirect(mixed, '/a?trang=2').kind).toBe('loop')
    expect(resolveRedirect(mixed, '/a')).toEqual({ kind: 'redirect', to: '/b', status: 301 })
    // The address a chain ends at, with the query added, is looked up too: one hop is the end.
    expect(
      resolveRedirect(
        table([
          ['/a', '/b'],
          ['/b?x=1', '/c'],
        ]),
        '/a?x=1',
      ),
    ).toEqual({
      kind: 'redirect',
      to: '/c',
      status: 301,
    })
  })

  it('treats an over-long chain as broken', () => {
    const hops = Array.from({ length: MAX_REDIRECT_HOPS + 3 }, (_, i): [string, string] => [
      `/p${i}`,
      `/p${i + 1}`,
    ])
    expect(resolveRedirect(table(hops), '/p0').kind).toBe('loop')
    expect(resolveRedirect(table(hops.slice(0, 3)), '/p0')).toEqual({
      kind: 'redirect',
      to: '/p3',
      status: 301,
    })
  })
})

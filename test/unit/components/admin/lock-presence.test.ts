/**
 * Which edit views of a document are open in this browser (src/components/admin/locks/presence.ts),
 * on a storage shared like `localStorage` is between the tabs of one browser: a tab leaving sees
 * the other still open, the last one sees none, and a tab that crashed without leaving stops
 * counting once its entry is older than the expiry.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { announce, EXPIRES_MS, type Presence } from '@/components/admin/locks/presence'

function sharedStorage() {
  const items = new Map<string, string>()
  return {
    items,
    get length() {
      return items.size
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

const open: Presence[] = []
afterEach(() => {
  for (const p of open.splice(0)) p.leave()
})

describe('open edit views of one document across tabs', () => {
  it('a leaving tab sees the other tab still open; the last one sees none', () => {
    const store = sharedStorage()
    const a = announce('/api/locks?doc=1', store)
    const b = announce('/api/locks?doc=1', store)
    const elsewhere = announce('/api/locks?doc=2', store)
    open.push(a, b, elsewhere)
    a.leave()
    expect(a.othersOpen()).toBe(true)
    b.leave()
    expect(b.othersOpen()).toBe(false)
    expect(elsewhere.othersOpen()).toBe(false)
  })

  it('a crashed tab (never left) stops counting after the expiry, and its entry is cleared', () => {
    const store = sharedStorage()
    let now = 1_000_000
    const crashed = announce('/api/locks?doc=1', store, () => now)
    const tab = announce('/api/locks?doc=1', store, () => now)
    open.push(crashed, tab)
    now += EXPIRES_MS - 1
    expect(tab.othersOpen()).toBe(true)
    now += 2
    expect(tab.othersOpen()).toBe(false)
    expect([...store.items.keys()]).toHaveLength(1)
  })

  it('back from the back-forward cache, a view counts again', () => {
    const store = sharedStorage()
    const a = announce('/api/locks?doc=1', store)
    const b = announce('/api/locks?doc=1', store)
    open.push(a, b)
    a.leave()
    expect(b.othersOpen()).toBe(false)
    a.beat()
    expect(b.othersOpen()).toBe(true)
  })

  it('without usable storage every view counts as the only one', () => {
    const a = announce('/api/locks?doc=1', null)
    open.push(a)
    expect(a.othersOpen()).toBe(false)
  })
})

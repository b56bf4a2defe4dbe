/**
 * How many published articles a listing holds, for its page links. Counting is the costly part
 * of a listing page on a large archive (every match is visited; about 50 ms for a category of
 * 10,000 articles on an idle core, on the event loop), while the number only moves when
 * published content changes. So a total is kept until the next change of any kind: the content
 * version (a change that clears everything) or a targeted invalidation (every publish,
 * unpublish, delete or edit of a live article makes one, in this process or, through the
 * database, in another: site/cache/apply-target.ts). Pages 2, 3… of a category, and page 1
 * again after its cached page was dropped by an unrelated publish, reuse it. Bounded: past
 * MAX_TOTALS keys (odd document-filter combinations) the map starts over. On globalThis like the
 * other site caches, since pages run in Next's bundle.
 */
import { targetedChanges } from '@/site/cache/apply-target'
import { contentVersion } from '@/site/cache/content-version'

const KEY = Symbol.for('portal.site.listTotals')
export const MAX_TOTALS = 500

interface State {
  version: string
  totals: Map<string, Promise<number>>
}

type Holder = { [KEY]?: State }

export function listTotal(key: string, count: () => Promise<number>): Promise<number> {
  const holder = globalThis as Holder
  const version = `${contentVersion()}:${targetedChanges()}`
  let state = holder[KEY]
  if (!state || state.version !== version) {
    state = { version, totals: new Map() }
    holder[KEY] = state
  }
  const hit = state.totals.get(key)
  if (hit) return hit
  if (state.totals.size >= MAX_TOTALS) state.totals.clear()
  const value = count()
  const totals = state.totals
  totals.set(key, value)
  value.catch(() => {
    if (totals.get(key) === value) totals.delete(key)
  })
  return value
}

/** Entries kept now (for tests and the memory check of the load bench). */
export const listTotalsSize = (): number => (globalThis as Holder)[KEY]?.totals.size ?? 0

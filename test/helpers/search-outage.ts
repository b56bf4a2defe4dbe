import type { Payload } from 'payload'

import { getSearchEngine } from '@/search/engine'
import type { IndexedEntry, SearchEngine } from '@/search/types'

/*
 * Search engine outages for integration tests: the process engine is wrapped so that, while
 * `down`, every call that reaches the engine fails the way an unreachable server does (writes
 * and listings reject, health says false); searches still answer so tests can look inside.
 */
const BROKEN = new Set(['upsert', 'remove', 'listIndexed', 'rebuild'])

const store = globalThis as typeof globalThis & { __cmsSearchEngine?: Promise<SearchEngine> }

export interface Outage {
  down: boolean
  /** Puts the real engine back. */
  end: () => void
}

export async function breakSearchEngine(): Promise<Outage> {
  const real = await getSearchEngine()
  const outage: Outage = {
    down: true,
    end: () => {
      store.__cmsSearchEngine = Promise.resolve(real)
    },
  }
  const failing = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (outage.down && prop === 'health') return Promise.resolve(false)
        if (outage.down && typeof prop === 'string' && BROKEN.has(prop))
          return Promise.reject(new Error('engine unreachable'))
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  }) as SearchEngine
  store.__cmsSearchEngine = Promise.resolve(failing)
  return outage
}

/** Every id the index holds, sorted, paged the way reconciliation reads them. */
export async function indexedIds(): Promise<string[]> {
  const engine = await getSearchEngine()
  const ids: string[] = []
  for (let after: string | null = null; ;) {
    const page: IndexedEntry[] = (await engine.listIndexed?.(after, 100)) ?? []
    ids.push(...page.map((entry) => entry.id))
    if (page.length < 100) return ids.sort()
    after = page.at(-1)?.id ?? null
  }
}

/** Every published article's id, sorted. */
export async function publishedIds(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: {},
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id).sort()
}

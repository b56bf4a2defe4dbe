import { contentVersion } from './content-version'

const STORE = Symbol.for('portal.site.memo')

interface Entry {
  version: string
  value: Promise<unknown>
}

type Holder = { [STORE]?: Map<string, Entry> }

function store(): Map<string, Entry> {
  const holder = globalThis as Holder
  holder[STORE] ??= new Map()
  return holder[STORE]
}

/**
 * Process-wide cache for data every page needs (site settings, menu). An entry is valid until
 * the content version changes (a change that clears everything) or, when given, `narrower`
 * moves (a targeted change that concerns this data); a failed load is not kept.
 */
export function memoByVersion<T>(
  key: string,
  load: () => Promise<T>,
  narrower?: () => number,
): Promise<T> {
  const version = `${contentVersion()}:${narrower?.() ?? 0}`
  const hit = store().get(key)
  if (hit && hit.version === version) return hit.value as Promise<T>
  const value = load()
  store().set(key, { version, value })
  value.catch(() => store().delete(key))
  return value
}

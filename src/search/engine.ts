import { createSearchEngine } from './engines/create-engine'
import type { SearchEngine } from './types'

/**
 * One engine per process, shared by hooks, jobs, the API endpoint and Next's server bundle
 * (which loads its own copy of this module, hence globalThis). Initialised lazily: a search
 * outage must not stop the CMS from starting.
 */
const store = globalThis as typeof globalThis & { __cmsSearchEngine?: Promise<SearchEngine> }

export function getSearchEngine(): Promise<SearchEngine> {
  if (!store.__cmsSearchEngine) {
    const engine = createSearchEngine()
    store.__cmsSearchEngine = engine.init().then(
      () => engine,
      (error: unknown) => {
        store.__cmsSearchEngine = undefined
        throw error
      },
    )
  }
  return store.__cmsSearchEngine
}

/** Closes the process engine (CLI exit, tests); the next call creates a new one. */
export async function closeSearchEngine(): Promise<void> {
  const pending = store.__cmsSearchEngine
  store.__cmsSearchEngine = undefined
  if (!pending) return
  let engine: SearchEngine
  try {
    engine = await pending
  } catch {
    return // It never opened, so there is nothing to close; the failure was reported to its caller.
  }
  await engine.close()
}

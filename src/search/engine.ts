import type { Payload } from 'payload'

import { createSearchEngine } from './engines/create-engine'
import { readSearchSettings } from './settings-doc'
import type { SearchEngine } from './types'

/**
 * One engine per process, shared by hooks, jobs, the API endpoint and Next's server bundle
 * (which loads its own copy of this module, hence globalThis). Initialised lazily: a search
 * outage must not stop the CMS from starting.
 */
const store = globalThis as typeof globalThis & {
  __cmsSearchEngine?: Promise<SearchEngine>
  /** The close under way: a second caller waits for it too (closeSearchEngine). */
  __cmsSearchClosing?: Promise<void>
}

export function getSearchEngine(payload?: Payload): Promise<SearchEngine> {
  if (!store.__cmsSearchEngine) {
    const engine = createSearchEngine()
    store.__cmsSearchEngine = start(engine, payload).then(
      () => engine,
      (error: unknown) => {
        store.__cmsSearchEngine = undefined
        throw error
      },
    )
  }
  return store.__cmsSearchEngine
}

/**
 * Gives a new engine the editors' settings before it initialises, wherever it starts (server,
 * index jobs of `cms import`/`cms seed`, `cms reindex`): Meilisearch applies its synonyms at init,
 * and started with empty settings it would overwrite the editors' synonyms on the shared index.
 * Callers without Payload (`cms search`) get the settings the engine stored at the last change.
 */
async function start(engine: SearchEngine, payload: Payload | undefined): Promise<void> {
  if (payload) await engine.setSettings(await readSearchSettings(payload))
  await engine.init()
}

/**
 * Closes the process engine (CLI exit, tests); the next call creates a new one. A shutdown and a
 * command's end may close at once: both wait for the same close, since a caller that exits while
 * the search thread is still inside a libsql call aborts the process (search-thread.ts close()).
 */
export function closeSearchEngine(): Promise<void> {
  const pending = store.__cmsSearchEngine
  store.__cmsSearchEngine = undefined
  if (pending) {
    const closing = closeEngine(pending)
    const clear = () => {
      if (store.__cmsSearchClosing === closing) store.__cmsSearchClosing = undefined
    }
    void closing.then(clear, clear)
    store.__cmsSearchClosing = closing
  }
  return store.__cmsSearchClosing ?? Promise.resolve()
}

async function closeEngine(pending: Promise<SearchEngine>): Promise<void> {
  let engine: SearchEngine
  try {
    engine = await pending
  } catch {
    return // It never opened, so there is nothing to close; the failure was reported to its caller.
  }
  await engine.close()
}

import { bumpContentVersion } from './content-version'
import type { PageTarget } from './targets'

/**
 * Applies an invalidation in this process, whether it came from a hook here or from another
 * process through the database (shared-version.ts). `all` bumps the content version, which
 * every cache compares against; anything narrower goes to the listeners (the page cache drops
 * the matching pages) and bumps two counters: one the page cache checks so that a page whose
 * render overlapped any change is not kept, one for the document library's filter choices.
 * On globalThis, like the content version, because hooks, the server and Next's bundle each
 * hold their own copy of this module.
 */
const KEY = Symbol.for('portal.site.targetedInvalidation')

type Listener = (target: PageTarget) => void

interface State {
  changes: number
  documents: number
  listeners: Set<Listener>
}

function state(): State {
  const holder = globalThis as { [KEY]?: State }
  holder[KEY] ??= { changes: 0, documents: 0, listeners: new Set() }
  return holder[KEY]
}

export function applyTarget(target: PageTarget): void {
  if (target.all) {
    bumpContentVersion()
    return
  }
  const s = state()
  s.changes++
  if (target.documents) s.documents++
  for (const listener of s.listeners) listener(target)
}

/** Called with every targeted invalidation in this process; returns a function that stops it. */
export function onTargetedInvalidation(listener: Listener): () => void {
  state().listeners.add(listener)
  return () => state().listeners.delete(listener)
}

/** Counts targeted invalidations: a render that saw it move may show either side of a change. */
export const targetedChanges = (): number => state().changes

/** Moves whenever a published document (kind `document`) changed. */
export const documentsVersion = (): number => state().documents

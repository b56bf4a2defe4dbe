/**
 * Which tabs of this browser still have a document's edit view open (./ReleaseLockOnLeave.tsx).
 * Payload's lock belongs to the account, not to a tab: with the same article open in two tabs,
 * the tab that leaves must not release the lock the other one still relies on. Each open edit
 * view writes its own `localStorage` entry (shared by the tabs of one browser profile, read
 * synchronously, so it can be asked from `pagehide`) and refreshes it on a heartbeat; a tab that
 * crashed or was killed never removes its entry, so an entry not refreshed for `EXPIRES_MS`
 * counts as gone. The expiry is long because browsers slow the timers of hidden tabs (Chromium:
 * to once a minute after five minutes in the background). Without usable storage (disabled,
 * full) every tab counts as the only one, as before.
 */

const PREFIX = 'cms-edit-open:'
export const HEARTBEAT_MS = 10_000
export const EXPIRES_MS = 90_000

export interface Presence {
  /** (Re)writes this view's entry: on opening, on the heartbeat, back from the back-forward cache. */
  beat: () => void
  /** Removes this view's entry and stops its heartbeat (it can `beat` again later). */
  leave: () => void
  /** Whether another view of the same document, in this tab or another, is still open. */
  othersOpen: () => boolean
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

const storageOrNull = (): Store | null => {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const viewId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** Announces one open edit view of the document `documentKey` (any string naming it). */
export function announce(
  documentKey: string,
  store: Store | null = storageOrNull(),
  now: () => number = Date.now,
): Presence {
  const prefix = `${PREFIX}${documentKey}|`
  const own = `${prefix}${viewId()}`
  let timer: ReturnType<typeof setInterval> | undefined
  const write = () => {
    try {
      store?.setItem(own, String(now()))
    } catch {
      // Storage full or refused: this view just is not seen by the others.
    }
  }
  const beat = () => {
    write()
    if (timer === undefined) timer = setInterval(write, HEARTBEAT_MS)
  }
  const leave = () => {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
    try {
      store?.removeItem(own)
    } catch {
      // Nothing to do: the entry expires.
    }
  }
  const othersOpen = (): boolean => {
    if (!store) return false
    try {
      const keys: string[] = []
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)
        if (key?.startsWith(prefix) && key !== own) keys.push(key)
      }
      let open = false
      for (const key of keys) {
        const seen = Number(store.getItem(key))
        if (Number.isFinite(seen) && now() - seen < EXPIRES_MS) open = true
        else store.removeItem(key) // a crashed tab's leftover
      }
      return open
    } catch {
      return false
    }
  }
  beat()
  return { beat, leave, othersOpen }
}

/**
 * A refused submission comes back as the same page with the reader's values and the messages
 * (nothing typed is lost). The submission route renders that page through this server itself.
 * The state used to travel in a request header, and Node refuses request headers over 16 kB:
 * about 8,000 characters of Vietnamese (base64 of 2–3 bytes a letter) and the reader's text was
 * gone. So the state stays in this process's memory and the header carries only a random id
 * (unguessable, valid 30 s, released as soon as the render is done): any length fits, and
 * nobody can make a page show a form state they did not submit. On globalThis because the
 * route runs in the server's module graph and the page in Next's bundle. The page cache
 * neither serves nor keeps a request that carries the header (server/page-cache.ts).
 */
import crypto from 'node:crypto'

import type { FeedbackErrors, FeedbackKind, FeedbackValues } from './fields'

export const FORM_STATE_HEADER = 'x-portal-feedback-state'

export interface FormState {
  kind: FeedbackKind
  values: FeedbackValues
  errors: FeedbackErrors
}

const LIFETIME_MS = 30_000
/** Renders in flight at once; past this the oldest is dropped (its reader gets the fallback). */
const MAX_HELD = 200
const ID = /^[A-Za-z0-9_-]{32}$/

const KEY = Symbol.for('portal.feedback.formStates')
type Held = { state: FormState; expires: number }
type Holder = { [KEY]?: Map<string, Held> }

function held(): Map<string, Held> {
  const holder = globalThis as Holder
  holder[KEY] ??= new Map()
  return holder[KEY]
}

/** Keeps `state` for the server's own re-render; returns the header value that finds it. */
export function holdFormState(state: FormState, now = Date.now()): string {
  const map = held()
  for (const [id, entry] of map) if (entry.expires < now) map.delete(id)
  for (const oldest of map.keys()) {
    if (map.size < MAX_HELD) break
    map.delete(oldest)
  }
  const id = crypto.randomBytes(24).toString('base64url')
  map.set(id, { state, expires: now + LIFETIME_MS })
  return id
}

/** The state a request's header points at, or null (unknown, expired or malformed). */
export function heldFormState(
  header: string | null | undefined,
  now = Date.now(),
): FormState | null {
  if (!header || !ID.test(header)) return null
  const entry = held().get(header)
  return entry && entry.expires >= now ? entry.state : null
}

/**
 * Lets the state go; false when it was no longer held (dropped for newer ones while the page
 * rendered): that render may have shown an empty form, and the caller falls back to a page
 * that holds the reader's text (render-state.ts).
 */
export function releaseFormState(id: string): boolean {
  return held().delete(id)
}

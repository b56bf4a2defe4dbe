/**
 * Starts the periodic write of counted views (PAGE_VIEWS_FLUSH_MS, default 10 s) and returns the
 * stop function the graceful shutdown calls, which writes the last batch before the database closes.
 */
import type { Payload } from 'payload'

import { readershipState } from './state'
import { writeViews } from './store'
import { startFlusher } from './tally'

export function flushIntervalMs(): number {
  const ms = Number(process.env.PAGE_VIEWS_FLUSH_MS)
  return Number.isFinite(ms) && ms >= 100 ? ms : 10_000
}

export function startViewFlusher(payload: Payload) {
  return startFlusher(
    readershipState().tally,
    (rows) => writeViews(payload, rows),
    flushIntervalMs(),
    (error) => payload.logger.error({ err: error }, 'Could not write page views; will retry'),
  )
}

/**
 * Page views counted in memory between two flushes. Counting a request is a map increment (no
 * I/O on the request path); a flush takes the whole batch at once and hands it to the store. A
 * batch the store could not write goes back into the tally, so a database hiccup delays counts
 * but loses none.
 */
import type { PageKind } from './page-kind'

export interface ViewRow {
  day: string
  path: string
  kind: PageKind
  key: string
  views: number
}

export class ViewTally {
  // Day, then path: no key string is built per view, and the day and path strings a view brings
  // are mostly ones seen before (the day string is shared, the path often a remembered verdict's),
  // whose hashes V8 keeps, so an increment is two lookups.
  private days = new Map<string, Map<string, ViewRow>>()

  add(day: string, path: string, kind: PageKind, key: string, views = 1): void {
    let rows = this.days.get(day)
    if (!rows) this.days.set(day, (rows = new Map()))
    const row = rows.get(path)
    if (row) row.views += views
    else rows.set(path, { day, path, kind, key, views })
  }

  /** Views waiting for the next flush (for "Hôm nay" between flushes). */
  pending(day?: string): number {
    let n = 0
    for (const [d, rows] of this.days)
      if (!day || d === day) for (const row of rows.values()) n += row.views
    return n
  }

  get size(): number {
    let n = 0
    for (const rows of this.days.values()) n += rows.size
    return n
  }

  /** Takes everything counted so far; the tally starts empty. */
  take(): ViewRow[] {
    const rows = [...this.days.values()].flatMap((byPath) => [...byPath.values()])
    this.days = new Map()
    return rows
  }

  /** Puts back a batch that could not be written (its counts merge with newer ones). */
  restore(rows: ViewRow[]): void {
    for (const r of rows) this.add(r.day, r.path, r.kind, r.key, r.views)
  }
}

/**
 * Writes the tally every `intervalMs` and once more on stop. One write at a time: a slow database
 * never gets a second batch on top of the first.
 */
export function startFlusher(
  tally: ViewTally,
  write: (rows: ViewRow[]) => Promise<void>,
  intervalMs: number,
  onError: (error: unknown) => void = () => {},
): { flush: () => Promise<void>; stop: () => Promise<void> } {
  let running: Promise<void> | undefined
  const flushOnce = async () => {
    const rows = tally.take()
    if (!rows.length) return
    try {
      await write(rows)
    } catch (error) {
      tally.restore(rows)
      onError(error)
    }
  }
  const flush = async (): Promise<void> => {
    while (running) await running
    running = flushOnce().finally(() => (running = undefined))
    return running
  }
  const timer = setInterval(() => void flush(), intervalMs)
  timer.unref()
  return {
    flush,
    stop: async () => {
      clearInterval(timer)
      await flush()
    },
  }
}

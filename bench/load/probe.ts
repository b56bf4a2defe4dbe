/**
 * Loaded into the server under test with `--import` (server.ts) so the bench can tell what the
 * resident memory is made of: /proc shows only pages, so every few seconds this appends the
 * process's own view (V8 heap used and committed per space, external memory and array buffers)
 * to LOAD_PROBE_FILE as one JSON line. rss-breakdown.ts reads it beside /proc/<pid>/smaps.
 * When the file `<LOAD_PROBE_FILE>.gc` appears (and the server runs with --expose-gc), it runs a
 * full garbage collection, waits a second for native finalizers (SQLite statements are freed
 * only when their JS wrapper is collected) and writes a reading marked `afterGc`: what the run
 * kept alive, against what was merely not collected yet. It changes nothing else in the server;
 * without LOAD_PROBE_FILE it does nothing.
 */
import fs from 'node:fs'
import v8 from 'node:v8'

export interface ProbeReading {
  atMs: number
  rss: number
  heapUsed: number
  heapTotal: number
  external: number
  arrayBuffers: number
  /** Memory V8 itself malloc()s outside the heap (zones of the compilers, tables). */
  malloced: number
  /** Per heap space (new, old, code, large objects…): used and committed bytes. */
  spaces: Record<string, { used: number; committed: number }>
  /** The page cache's own count of what it holds (src/server/page-cache.ts), if it runs. */
  pageCache?: { entries: number; bytes: number }
  afterGc?: boolean
}

// The symbol src/server/page-cache.ts publishes its figures under (not imported: this file is
// loaded before the server's own modules and must not load them itself).
const PAGE_CACHE_STATS = Symbol.for('portal.server.pageCacheStats')
type StatsHolder = { [PAGE_CACHE_STATS]?: () => { entries: number; bytes: number } }

export function readProbe(): ProbeReading {
  const usage = process.memoryUsage()
  const spaces: ProbeReading['spaces'] = {}
  for (const space of v8.getHeapSpaceStatistics())
    spaces[space.space_name.replace(/_space$/, '')] = {
      used: space.space_used_size,
      committed: space.physical_space_size,
    }
  const pageCache = (globalThis as StatsHolder)[PAGE_CACHE_STATS]?.()
  return {
    ...(pageCache ? { pageCache: { entries: pageCache.entries, bytes: pageCache.bytes } } : {}),
    atMs: Math.round(performance.now()),
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    malloced: v8.getHeapStatistics().malloced_memory,
    spaces,
  }
}

const file = process.env.LOAD_PROBE_FILE
if (file) {
  const everyMs = Math.max(500, Number(process.env.LOAD_PROBE_MS) || 5000)
  const write = () => fs.appendFileSync(file, `${JSON.stringify(readProbe())}\n`)
  write()
  setInterval(write, everyMs).unref()
  const trigger = `${file}.gc`
  const gc = (globalThis as { gc?: () => void }).gc
  setInterval(() => {
    if (!gc || !fs.existsSync(trigger)) return
    fs.rmSync(trigger, { force: true })
    gc()
    setTimeout(() => {
      gc()
      fs.appendFileSync(file, `${JSON.stringify({ ...readProbe(), afterGc: true })}\n`)
    }, 1000)
  }, 500).unref()
}

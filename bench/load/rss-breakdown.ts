/**
 * What a process's resident memory is made of (issue 14 §5: RSS is not heap). /proc/<pid>/smaps
 * gives the resident size of every mapping; the server's own probe (probe.ts) gives the V8 heap
 * and array buffers, which sit inside the anonymous part. The rest of the anonymous part is native
 * memory: SQLite page caches, libvips, compiler zones and whatever glibc's allocator keeps. Files
 * mapped into memory (the search index with its mmap_size, the shared libraries) are listed
 * apart: the kernel can drop their clean pages under pressure, but they count in RSS.
 */
import fs from 'node:fs'

import type { ProbeReading } from './probe'

const MIB = 1024 * 1024
/** glibc reserves each thread arena as one aligned 64 MiB region (HEAP_MAX_SIZE on 64-bit). */
const ARENA = 64 * MIB

export interface RssBreakdown {
  rss: number
  anonymous: number
  /** glibc's main arena (the brk heap). */
  brk: number
  /** glibc thread arenas: how many and their resident bytes. */
  arenas: { count: number; bytes: number }
  searchIndex: number
  cmsDatabase: number
  code: number
  otherFiles: number
  probe?: ProbeReading
}

interface Mapping {
  start: number
  end: number
  perms: string
  path: string
  rss: number
}

function mappings(pid: number): Mapping[] {
  const out: Mapping[] = []
  let current: Mapping | undefined
  for (const line of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line)
    if (head) {
      current = {
        start: parseInt(head[1] ?? '0', 16),
        end: parseInt(head[2] ?? '0', 16),
        perms: head[3] ?? '',
        path: head[4] ?? '',
        rss: 0,
      }
      out.push(current)
      continue
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line)
    if (rss && current) current.rss = Number(rss[1]) * 1024
  }
  return out
}

const anonymous = (m: Mapping) => m.path === '' || m.path.startsWith('[anon')

/** The last complete line of the probe file, if any. */
export function lastProbe(file: string | undefined): ProbeReading | undefined {
  if (!file || !fs.existsSync(file)) return undefined
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      return JSON.parse(lines[i] ?? '') as ProbeReading
    } catch {
      // A line still being written: take the one before.
    }
  }
  return undefined
}

export function rssBreakdown(pid: number, probeFile?: string): RssBreakdown | undefined {
  let maps: Mapping[]
  try {
    maps = mappings(pid)
  } catch {
    return undefined
  }
  const b: RssBreakdown = {
    rss: 0,
    anonymous: 0,
    brk: 0,
    arenas: { count: 0, bytes: 0 },
    searchIndex: 0,
    cmsDatabase: 0,
    code: 0,
    otherFiles: 0,
  }
  maps.forEach((m, i) => {
    b.rss += m.rss
    if (m.path === '[heap]') {
      b.brk += m.rss
      b.anonymous += m.rss
    } else if (anonymous(m)) {
      b.anonymous += m.rss
      // A thread arena: a read-write part at a 64 MiB boundary, the rest of the 64 MiB
      // reserved without access right after it (or the whole region in use).
      const next = maps[i + 1]
      const reserved =
        m.end - m.start === ARENA ||
        (next !== undefined &&
          next.start === m.end &&
          anonymous(next) &&
          next.perms.startsWith('---') &&
          next.end - m.start === ARENA)
      if (m.perms.startsWith('rw') && m.start % ARENA === 0 && reserved) {
        b.arenas.count++
        b.arenas.bytes += m.rss
      }
    } else if (m.path.startsWith('[')) {
      b.otherFiles += m.rss // [stack], [vdso], [vvar]
    } else if (/search\.db(-shm)?$/.test(m.path)) {
      b.searchIndex += m.rss
    } else if (/cms\.db(-shm)?$/.test(m.path)) {
      b.cmsDatabase += m.rss
    } else if (/\.(so(\.[\d.]+)?|node)$/.test(m.path) || m.path === process.execPath) {
      b.code += m.rss
    } else {
      b.otherFiles += m.rss
    }
  })
  const probe = lastProbe(probeFile)
  if (probe) b.probe = probe
  return b
}

const COLUMNS = [
  'RSS',
  'heap used',
  'heap comm.',
  'arr.buf',
  'page cache',
  'native',
  'brk',
  'arenas',
  'search.db',
  'cms.db',
  'code',
  'other',
]
const width = (label: string) => Math.max(8, label.length + 2)

export const BREAKDOWN_HEADER = 'at'.padEnd(14) + COLUMNS.map((c) => c.padStart(width(c))).join('')

/**
 * One row in MiB. "native" is the anonymous memory outside the V8 heap and array buffers
 * (SQLite caches, libvips, V8's own malloc, allocator slack); brk and arenas (resident/count)
 * are where glibc keeps that and the array buffers.
 */
export function breakdownRow(label: string, b: RssBreakdown): string {
  const m = (n: number | undefined) => (n === undefined ? '-' : (n / MIB).toFixed(0))
  const native =
    b.probe === undefined ? undefined : b.anonymous - b.probe.heapTotal - b.probe.arrayBuffers
  const cells = [
    m(b.rss),
    m(b.probe?.heapUsed),
    m(b.probe?.heapTotal),
    m(b.probe?.arrayBuffers),
    m(b.probe?.pageCache?.bytes),
    m(native),
    m(b.brk),
    `${m(b.arenas.bytes)}/${b.arenas.count}`,
    m(b.searchIndex),
    m(b.cmsDatabase),
    m(b.code),
    m(b.otherFiles),
  ]
  return label.padEnd(14) + cells.map((c, i) => c.padStart(width(COLUMNS[i] ?? ''))).join('')
}

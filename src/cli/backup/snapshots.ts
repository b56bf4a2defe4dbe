import fs from 'node:fs'
import path from 'node:path'

import { MANIFEST } from './manifest'

/** Snapshot folders sort by name = by time: `cms-backup-2026-11-30T02-00-00-000Z`. */
export const PREFIX = 'cms-backup-'
export const PARTIAL = '.partial'

export const snapshotName = (date = new Date()): string =>
  `${PREFIX}${date.toISOString().replaceAll(':', '-').replace('.', '-')}`

/** Complete snapshots in `dir` (those with a manifest), oldest first. */
export function completeSnapshots(dir: string): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((n) => n.startsWith(PREFIX) && !n.endsWith(PARTIAL))
    .filter((n) => fs.existsSync(path.join(dir, n, MANIFEST)))
    .sort()
    .map((n) => path.join(dir, n))
}

/**
 * `restore <dir>` takes a snapshot folder, or a folder of snapshots (then the newest).
 */
export function resolveSnapshot(dir: string): string {
  const full = path.resolve(dir)
  if (fs.existsSync(path.join(full, MANIFEST))) return full
  const newest = completeSnapshots(full).at(-1)
  if (!newest) throw new Error(`no backup found in ${full}`)
  return newest
}

/**
 * Keeps the `keep` newest complete snapshots and removes older ones, plus leftovers of backups
 * that died half-way (`.partial`) other than the one being written now.
 */
export function pruneSnapshots(dir: string, keep: number, current?: string): string[] {
  const removed: string[] = []
  const complete = completeSnapshots(dir)
  for (const old of complete.slice(0, Math.max(0, complete.length - keep))) {
    fs.rmSync(old, { recursive: true, force: true })
    removed.push(old)
  }
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name)
    if (name.startsWith(PREFIX) && name.endsWith(PARTIAL) && full !== current) {
      fs.rmSync(full, { recursive: true, force: true })
      removed.push(full)
    }
  }
  return removed
}

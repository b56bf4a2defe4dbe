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

export const LOCK = '.cms-backup.lock'

export class BackupBusyError extends Error {}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Runs `fn` as the only backup writing into `dir`. Two at once (the nightly cron and one started
 * by hand) each prune the other's `.partial` folder, and the survivor then wrote a snapshot whose
 * manifest lists files that were deleted under it: complete-looking, refused by restore, and
 * counted among the `--keep` newest. A lock file holding the writer's pid keeps the second one
 * out; one left by a killed backup (its pid gone) is taken over.
 */
export async function withBackupLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(dir, { recursive: true })
  const lock = path.join(dir, LOCK)
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error
      const pid = Number(fs.readFileSync(lock, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && running(pid))
        throw new BackupBusyError(
          `another backup (process ${pid}) is writing into ${dir}; if none is, delete ${lock}`,
        )
      fs.rmSync(lock, { force: true })
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(lock, { force: true })
  }
}

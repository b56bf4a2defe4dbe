import fs from 'node:fs'
import path from 'node:path'

import { listFiles } from './checksums'
import type { Manifest } from './manifest'
import { type InstallPaths, sqliteCompanions } from './paths'

/** What already lives where a restore would write; empty means a restore may go ahead. */
export async function existingInstallation(paths: InstallPaths): Promise<string[]> {
  const found: string[] = []
  if (paths.database && fs.existsSync(paths.database) && fs.statSync(paths.database).size > 0)
    found.push(paths.database)
  if ((await listFiles(paths.media)).length > 0) found.push(`${paths.media}/`)
  return found
}

/**
 * Copies a verified snapshot into place. The database goes in through a temporary name and a
 * rename (never half a file under the real name), after its -wal/-shm companions are removed:
 * SQLite would otherwise replay the old installation's journal into the restored file.
 */
export async function restoreFiles(
  snapshot: string,
  manifest: Manifest,
  paths: InstallPaths,
): Promise<void> {
  if (manifest.database.adapter === 'sqlite' && paths.database) {
    const source = path.join(snapshot, manifest.database.file)
    fs.mkdirSync(path.dirname(paths.database), { recursive: true })
    const temp = `${paths.database}.restoring`
    fs.copyFileSync(source, temp)
    for (const file of sqliteCompanions(paths.database)) fs.rmSync(file, { force: true })
    fs.renameSync(temp, paths.database)
  }

  fs.rmSync(paths.media, { recursive: true, force: true })
  fs.mkdirSync(paths.media, { recursive: true })
  for (const entry of manifest.files.filter((f) => f.path.startsWith('media/'))) {
    const target = path.join(paths.media, ...entry.path.split('/').slice(1))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(snapshot, ...entry.path.split('/')), target)
  }

  if (manifest.secret) {
    fs.mkdirSync(path.dirname(paths.secret), { recursive: true })
    fs.copyFileSync(path.join(snapshot, manifest.secret), paths.secret)
    fs.chmodSync(paths.secret, 0o600)
  }
  // The embedded search index is rebuilt from the restored database by the caller; the old
  // one describes another state of the content.
  if (paths.searchIndex)
    for (const file of [paths.searchIndex, ...sqliteCompanions(paths.searchIndex)])
      fs.rmSync(file, { force: true })
}

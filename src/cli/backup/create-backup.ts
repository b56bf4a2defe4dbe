import fs from 'node:fs'
import path from 'node:path'

import { type FileEntry, fileEntry, listFiles } from './checksums'
import { appInfo, FORMAT, MANIFEST, type Manifest } from './manifest'
import { installPaths } from './paths'
import { databaseFacts, snapshotDatabase } from './snapshot-db'
import { PARTIAL, snapshotName } from './snapshots'

export interface BackupResult {
  dir: string
  manifest: Manifest
}

const DB_FILE = 'cms.db'

/**
 * Writes one snapshot folder under `parent`: the database first (one consistent SQLite state),
 * then `media/` and the generated secret. Media are copied after the database on purpose: a
 * photo's file is written before its record commits, so every media record in the snapshot
 * finds its file (files newer than the snapshot come along as unused extras, which the server
 * never serves because no record names them). The folder is written as `<name>.partial` and
 * renamed when complete, so a backup that dies half-way never looks like a good one.
 */
export async function createBackup(parent: string): Promise<BackupResult> {
  const paths = installPaths()
  const name = snapshotName()
  const final = path.join(path.resolve(parent), name)
  const work = final + PARTIAL
  // Owner-only: the snapshot holds password hashes and the session secret.
  fs.mkdirSync(path.resolve(parent), { recursive: true })
  fs.mkdirSync(work, { mode: 0o700 })
  const files: FileEntry[] = []

  let database: Manifest['database']
  if (paths.database) {
    const target = path.join(work, DB_FILE)
    await snapshotDatabase(paths.database, target)
    database = { adapter: 'sqlite', file: DB_FILE, ...(await databaseFacts(target)) }
    files.push(await fileEntry(work, target))
  } else {
    database = {
      adapter: 'mongodb',
      note: 'Database not included: back it up with mongodump (and restore with mongorestore).',
    }
  }

  for (const file of await listFiles(paths.media)) {
    const target = path.join(work, 'media', path.relative(paths.media, file))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    try {
      await fs.promises.copyFile(file, target)
    } catch (error) {
      // Deleted between listing and copying (an editor removed a photo): nothing to keep.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    files.push(await fileEntry(work, target))
  }

  let secret: string | null = null
  if (fs.existsSync(paths.secret)) {
    secret = 'payload-secret'
    const target = path.join(work, secret)
    fs.copyFileSync(paths.secret, target)
    fs.chmodSync(target, 0o600)
    files.push(await fileEntry(work, target))
  }

  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    app: appInfo(),
    database,
    secret,
    searchIndex: 'rebuilt-on-restore',
    files,
  }
  fs.writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(work, final)
  return { dir: final, manifest }
}

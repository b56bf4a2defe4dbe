import fs from 'node:fs'
import path from 'node:path'

import { type FileEntry, fileEntry, listFiles } from './checksums'
import { appInfo, FORMAT, MANIFEST, type Manifest } from './manifest'
import { installPaths, snapshotPlaceProblem } from './paths'
import { databaseFacts, snapshotDatabase } from './snapshot-db'
import { PARTIAL, snapshotName } from './snapshots'

export interface BackupResult {
  dir: string
  manifest: Manifest
  /** MEDIA_DIR did not exist: no media were copied (a cron job without the server's environment) */
  mediaMissing: boolean
}

/** Test seams: run between the steps of a backup, as a concurrent editor would. */
export interface BackupSteps {
  beforeDatabase?: () => Promise<void> | void
  afterDatabase?: () => Promise<void> | void
}

export class BackupPlaceError extends Error {}

const DB_FILE = 'cms.db'

interface Copied {
  size: number
  mtimeMs: number
}

/**
 * Copies the media files not yet copied, or changed since (`copied` remembers size and time).
 * A file deleted between listing and copying is simply not there to keep.
 */
async function copyMedia(media: string, work: string, copied: Map<string, Copied>): Promise<void> {
  for (const file of await listFiles(media)) {
    const rel = path.relative(media, file)
    let stat: fs.Stats
    try {
      stat = await fs.promises.stat(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    const before = copied.get(rel)
    if (before && before.size === stat.size && before.mtimeMs === stat.mtimeMs) continue
    const target = path.join(work, 'media', rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    try {
      await fs.promises.copyFile(file, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    copied.set(rel, { size: stat.size, mtimeMs: stat.mtimeMs })
  }
}

/**
 * Writes one snapshot folder under `parent`. Media are copied twice around the database (one
 * consistent SQLite state): once before it, so a photo an editor deletes (or replaces) while the
 * backup runs is still in the snapshot whose database names it (Payload removes the file first,
 * then the record), and once after it, for what was uploaded meanwhile (a photo's file is written
 * before its record commits, so every record the snapshot holds finds its file). Files deleted
 * after the first pass stay as unused extras, which the server never serves because no record
 * names them. The folder is written as `<name>.partial` and renamed when complete, so a backup
 * that dies half-way never looks like a good one; one that fails removes its partial folder (a
 * full disk must not stay full of it).
 */
export async function createBackup(parent: string, steps: BackupSteps = {}): Promise<BackupResult> {
  const paths = installPaths()
  const place = snapshotPlaceProblem(parent, paths)
  if (place) throw new BackupPlaceError(place)
  const name = snapshotName()
  const final = path.join(path.resolve(parent), name)
  const work = final + PARTIAL
  // Owner-only: the snapshot holds password hashes and the session secret.
  fs.mkdirSync(path.resolve(parent), { recursive: true })
  fs.mkdirSync(work, { mode: 0o700 })
  try {
    const mediaMissing = !fs.existsSync(paths.media)
    const copied = new Map<string, Copied>()
    await copyMedia(paths.media, work, copied)
    await steps.beforeDatabase?.()

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
    await steps.afterDatabase?.()

    await copyMedia(paths.media, work, copied)
    for (const file of await listFiles(path.join(work, 'media')))
      files.push(await fileEntry(work, file))

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
    return { dir: final, manifest, mediaMissing }
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true })
    throw error
  }
}

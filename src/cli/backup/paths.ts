import fs from 'node:fs'
import path from 'node:path'

import { mediaDir } from '@/collections/Media/limits'
import { isMongo } from '@/db/adapter'

/**
 * Where one installation keeps what a backup must carry, resolved from the same environment
 * variables the server reads (DATABASE_URI, MEDIA_DIR, DATA_DIR, SEARCH_INDEX_URL).
 */
export interface InstallPaths {
  /** absolute SQLite file, or undefined with MongoDB */
  database?: string
  media: string
  secret: string
  /** embedded search index file, when the index is embedded */
  searchIndex?: string
}

const fileOf = (url: string): string => path.resolve(url.slice('file:'.length))

export function installPaths(env: NodeJS.ProcessEnv = process.env): InstallPaths {
  const uri = env.DATABASE_URI
  const database = isMongo(uri)
    ? undefined
    : fileOf(uri?.startsWith('file:') ? uri : 'file:data/cms.db')
  const search = env.MEILI_HOST ? undefined : (env.SEARCH_INDEX_URL ?? 'file:data/search.db')
  return {
    database,
    media: path.resolve(mediaDir()),
    secret: path.resolve(env.DATA_DIR ?? 'data', '.payload-secret'),
    searchIndex: search?.startsWith('file:') ? fileOf(search) : undefined,
  }
}

/** SQLite's companion files: a stale -wal beside a restored file would be replayed into it. */
export const sqliteCompanions = (file: string): string[] => [`${file}-wal`, `${file}-shm`]

/**
 * The path with symbolic links resolved as far as it exists (the rest appended as written), so
 * a folder reached through a link (`/srv/cms/media` → `/data/media`) compares as what it is.
 */
export function resolvedPath(file: string): string {
  const full = path.resolve(file)
  const rest: string[] = []
  let at = full
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse())
    } catch {
      const parent = path.dirname(at)
      if (parent === at) return full
      rest.push(path.basename(at))
      at = parent
    }
  }
}

/** Whether `child` is `parent` or lies somewhere under it (links resolved). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(resolvedPath(parent), resolvedPath(child))
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel))
}

/**
 * Snapshots must not live in the media folder: every backup would copy the earlier ones into
 * itself (growing without end), and a restore, which replaces that folder, would delete the
 * snapshot it is reading from half-way through, after the database was already replaced.
 */
export function snapshotPlaceProblem(dir: string, paths: InstallPaths): string | null {
  return isInside(dir, paths.media)
    ? `${path.resolve(dir)} is inside the media folder (${paths.media}, MEDIA_DIR), which a restore replaces; keep backups elsewhere`
    : null
}

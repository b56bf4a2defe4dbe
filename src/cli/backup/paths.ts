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

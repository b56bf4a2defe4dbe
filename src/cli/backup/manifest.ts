import fs from 'node:fs'
import path from 'node:path'

import type { FileEntry } from './checksums'
import type { DatabaseFacts } from './snapshot-db'

export const MANIFEST = 'manifest.json'
export const FORMAT = 1

/**
 * What a snapshot holds and how to check it: the restore refuses a snapshot whose files do
 * not match these sizes and SHA-256 sums, or whose migration level this code does not know.
 */
export interface Manifest {
  format: typeof FORMAT
  createdAt: string
  app: { name: string; version: string }
  database:
    ({ adapter: 'sqlite'; file: string } & DatabaseFacts) | { adapter: 'mongodb'; note: string }
  /** the generated session secret, when the installation has one (embedded mode) */
  secret: string | null
  /** how the search index comes back: it is derived data, rebuilt from the database */
  searchIndex: 'rebuilt-on-restore'
  files: FileEntry[]
}

export function appInfo(): Manifest['app'] {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as {
      name?: string
      version?: string
    }
    return { name: pkg.name ?? 'cms', version: pkg.version ?? '0.0.0' }
  } catch {
    return { name: 'cms', version: 'unknown' }
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST)
  let parsed: Manifest
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  } catch {
    throw new Error(`not a backup: ${file} is missing or unreadable`)
  }
  if (parsed.format !== FORMAT) throw new Error(`unknown backup format ${String(parsed.format)}`)
  return parsed
}

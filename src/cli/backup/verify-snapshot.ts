import { migrations } from '@/migrations/sqlite'

import { mismatches } from './checksums'
import type { Manifest } from './manifest'

/**
 * Reasons not to restore a snapshot: a file path that would leave the installation, a file
 * that does not match its checksum, or a schema newer than this code knows.
 */
export async function snapshotProblems(snapshot: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = []
  const unsafe = manifest.files.filter(
    (f) => f.path.startsWith('/') || f.path.split('/').some((part) => part === '..' || !part),
  )
  for (const f of unsafe) problems.push(`unsafe path in manifest: ${f.path}`)
  // The database and the secret are copied by name too: they must be among the checked files,
  // or a crafted manifest could point them at any file the operator can read.
  const listed = new Set(manifest.files.map((f) => f.path))
  for (const [what, name] of [
    ['database', manifest.database.adapter === 'sqlite' ? manifest.database.file : null],
    ['secret', manifest.secret],
  ] as const) {
    if (name && !listed.has(name))
      problems.push(`${what} file not among the checked files: ${name}`)
  }
  if (problems.length) return problems
  for (const bad of await mismatches(snapshot, manifest.files))
    problems.push(`checksum mismatch or missing file: ${bad}`)
  if (manifest.database.adapter === 'sqlite') {
    const known = new Set(migrations.map((m) => m.name))
    const latest = manifest.database.migration.latest
    if (latest && !known.has(latest))
      problems.push(
        `the backup's schema (migration ${latest}) is newer than this version of the CMS; restore it with the version that made it (${manifest.app.version})`,
      )
  }
  return problems
}

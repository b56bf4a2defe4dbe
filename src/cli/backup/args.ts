/** Arguments of `cms backup <dir> [--keep N]` and `cms restore <dir> [--force]`. */
export class BackupArgsError extends Error {}

export const BACKUP_USAGE = `Usage: npm run cms -- backup <dir> [--keep N]
  Writes a consistent snapshot (database, media/, secret, manifest.json) into a new folder
  under <dir> while the server keeps running. --keep N then removes all but the N newest.`

export const RESTORE_USAGE = `Usage: npm run cms -- restore <dir> [--force]
  Restores a snapshot folder (or the newest one in <dir>) after checking its checksums, then
  rebuilds the search index. Stop the server first. --force overwrites a non-empty installation.`

export interface BackupArgs {
  dir: string
  keep?: number
}

export interface RestoreArgs {
  dir: string
  force: boolean
}

function single(rest: string[], usage: string): string {
  const positional = rest.filter((a) => !a.startsWith('--'))
  if (positional.length !== 1) throw new BackupArgsError(`Expected one folder.\n\n${usage}`)
  return positional[0]!
}

export function parseBackupArgs(argv: string[]): BackupArgs {
  const rest = [...argv]
  let keep: number | undefined
  const at = rest.indexOf('--keep')
  if (at >= 0) {
    const value = rest[at + 1]
    keep = Number(value)
    if (!value || !Number.isInteger(keep) || keep < 1)
      throw new BackupArgsError(`--keep needs a whole number of at least 1.\n\n${BACKUP_USAGE}`)
    rest.splice(at, 2)
  }
  const unknown = rest.find((a) => a.startsWith('--'))
  if (unknown) throw new BackupArgsError(`Unknown option ${unknown}.\n\n${BACKUP_USAGE}`)
  return { dir: single(rest, BACKUP_USAGE), keep }
}

export function parseRestoreArgs(argv: string[]): RestoreArgs {
  const unknown = argv.find((a) => a.startsWith('--') && a !== '--force')
  if (unknown) throw new BackupArgsError(`Unknown option ${unknown}.\n\n${RESTORE_USAGE}`)
  return { dir: single(argv, RESTORE_USAGE), force: argv.includes('--force') }
}

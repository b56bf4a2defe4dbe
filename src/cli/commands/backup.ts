import { BACKUP_USAGE, type BackupArgs, BackupArgsError, parseBackupArgs } from '@/cli/backup/args'
import { type BackupResult, createBackup } from '@/cli/backup/create-backup'
import { installPaths, snapshotPlaceProblem } from '@/cli/backup/paths'
import { BackupBusyError, pruneSnapshots, withBackupLock } from '@/cli/backup/snapshots'

/**
 * `cms backup <dir> [--keep N]`: a consistent snapshot of a running installation, without
 * booting Payload (the database is copied by SQLite itself, see snapshot-db.ts). Prints the
 * snapshot folder on stdout. Exit code: 0 written, 1 failed, 2 bad arguments.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(BACKUP_USAGE)
    return 0
  }
  let args: BackupArgs
  try {
    args = parseBackupArgs(argv)
  } catch (error) {
    if (!(error instanceof BackupArgsError)) throw error
    console.error(error.message)
    return 2
  }
  const place = snapshotPlaceProblem(args.dir, installPaths())
  if (place) {
    console.error(`Refusing to back up: ${place}`)
    return 1
  }
  const started = Date.now()
  let result: BackupResult & { removed: string[] }
  try {
    // Pruning too runs under the lock: it removes `.partial` folders, which another backup's would be.
    result = await withBackupLock(args.dir, async () => {
      const backup = await createBackup(args.dir)
      return {
        ...backup,
        removed: args.keep ? pruneSnapshots(args.dir, args.keep, backup.dir) : [],
      }
    })
  } catch (error) {
    if (!(error instanceof BackupBusyError)) throw error
    console.error(`Refusing to back up: ${error.message}`)
    return 1
  }
  const { dir, manifest, mediaMissing, removed } = result
  if (mediaMissing)
    console.error(
      `Warning: no media folder at ${installPaths().media}: no photos or files were copied. If the server has MEDIA_DIR set elsewhere (a systemd unit, not .env), give this command the same environment.`,
    )
  if (manifest.database.adapter === 'mongodb')
    console.error(
      'MongoDB: the database is not in this snapshot. Back it up with `mongodump --uri "$DATABASE_URI"`; media/ was copied.',
    )
  else {
    const counts = Object.entries(manifest.database.counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ')
    console.error(`Database: ${counts}; migration ${manifest.database.migration.latest ?? 'none'}.`)
  }
  console.error(
    `Backup written: ${manifest.files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  for (const old of removed) console.error(`Removed old backup ${old}`)
  console.log(dir)
  return 0
}

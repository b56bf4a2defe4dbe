import { BACKUP_USAGE, type BackupArgs, BackupArgsError, parseBackupArgs } from '@/cli/backup/args'
import { createBackup } from '@/cli/backup/create-backup'
import { installPaths } from '@/cli/backup/paths'
import { pruneSnapshots } from '@/cli/backup/snapshots'

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
  const started = Date.now()
  const { dir, manifest, mediaMissing } = await createBackup(args.dir)
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
  if (args.keep)
    for (const removed of pruneSnapshots(args.dir, args.keep, dir))
      console.error(`Removed old backup ${removed}`)
  console.log(dir)
  return 0
}

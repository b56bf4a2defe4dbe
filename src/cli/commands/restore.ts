import path from 'node:path'

import {
  BackupArgsError,
  parseRestoreArgs,
  RESTORE_USAGE,
  type RestoreArgs,
} from '@/cli/backup/args'
import { sqliteFileInUse } from '@/cli/backup/in-use'
import { readManifest } from '@/cli/backup/manifest'
import { installPaths, snapshotPlaceProblem } from '@/cli/backup/paths'
import { existingInstallation, restoreFiles } from '@/cli/backup/restore-files'
import { resolveSnapshot } from '@/cli/backup/snapshots'
import { snapshotProblems } from '@/cli/backup/verify-snapshot'

/**
 * `cms restore <dir> [--force]`: checks every checksum before touching anything, refuses to
 * overwrite a non-empty installation without --force, restores the files, then boots Payload
 * on the restored database (running any newer migration) and rebuilds the search index.
 * Refused, even with --force, while any process has the database or the search index open
 * (in-use.ts): the server must be stopped. Exit code: 0 restored, 1 refused or failed, 2 bad arguments.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(RESTORE_USAGE)
    return 0
  }
  let args: RestoreArgs
  try {
    args = parseRestoreArgs(argv)
  } catch (error) {
    if (!(error instanceof BackupArgsError)) throw error
    console.error(error.message)
    return 2
  }
  const snapshot = resolveSnapshot(args.dir)
  const manifest = readManifest(snapshot)
  const paths = installPaths()
  console.error(`Restoring ${path.basename(snapshot)} (made ${manifest.createdAt})…`)

  const problems = await snapshotProblems(snapshot, manifest)
  const place = snapshotPlaceProblem(snapshot, paths)
  if (place) problems.push(place)
  if (manifest.database.adapter === 'sqlite' && !paths.database)
    problems.push('this backup holds a SQLite database but DATABASE_URI points to MongoDB')
  if (problems.length) {
    console.error(`Refusing to restore:\n  ${problems.join('\n  ')}`)
    return 1
  }
  const open: string[] = []
  for (const file of [paths.database, paths.searchIndex])
    if (file && sqliteFileInUse(file)) open.push(file)
  if (open.length) {
    console.error(
      `Refusing to restore: ${open.join(', ')} is open in another process (the server, or a cms command). Stop it first: restoring under it would corrupt the database.`,
    )
    return 1
  }
  const existing = await existingInstallation(paths)
  if (existing.length && !args.force) {
    console.error(
      `Refusing to overwrite an installation that holds data (${existing.join(', ')}). Stop the server and pass --force to replace it.`,
    )
    return 1
  }

  await restoreFiles(snapshot, manifest, paths)
  const mediaCount = manifest.files.filter((f) => f.path.startsWith('media/')).length
  console.error(`Files restored: database, ${mediaCount} media files, secret.`)
  if (manifest.database.adapter === 'mongodb') {
    console.error(
      'MongoDB: restore the database with `mongorestore`, then run `npm run cms -- reindex`.',
    )
    return 0
  }
  const expected = manifest.database.counts
  const { withPayload } = await import('@/cli/with-payload')
  return withPayload(async (payload) => {
    const articles = await payload.count({ collection: 'articles', overrideAccess: true })
    const media = await payload.count({ collection: 'media', overrideAccess: true })
    if (articles.totalDocs !== expected.articles || media.totalDocs !== expected.media) {
      console.error(
        `Restored database does not match the manifest: articles ${articles.totalDocs}/${expected.articles}, media ${media.totalDocs}/${expected.media}`,
      )
      return 1
    }
    const { getSearchEngine } = await import('@/search/engine')
    const { publishedSearchDocuments } = await import('@/search/sync/source')
    const indexed = await (
      await getSearchEngine(payload)
    ).rebuild(publishedSearchDocuments(payload))
    console.error(
      `Restored ${articles.totalDocs} articles and ${media.totalDocs} media; search index rebuilt with ${indexed} published articles.`,
    )
    return 0
  })
}

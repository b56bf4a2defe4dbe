import { withPayload } from '@/cli/with-payload'
import { ArgsError, IMPORT_USAGE, type ImportArgs, parseImportArgs } from '@/import/run/args'
import { collectFiles } from '@/import/run/collect-files'
import { type ImportReport, ImportUsageError } from '@/import/run/types'

/**
 * `cms import <file-or-dir…> [--dry-run] [--json] [--status draft|published] [--category <slug>]`
 *
 * stdout carries only the report: text lines and a summary, or with --json one JSON document
 * `{ dryRun, status, summary, files: [{ path, status, id?, title?, reason?, duplicateOf?,
 * warnings, article? }] }` where dry runs add `article`, the parsed preview of each file.
 * Progress goes to stderr. Exit code: 0 nothing failed, 1 some file failed, 2 usage error.
 */
export async function run(argv: string[]): Promise<number> {
  let args: ImportArgs
  try {
    args = parseImportArgs(argv)
    // Check the paths before booting Payload: a typo should fail fast and write nothing.
    if (!args.help) await collectFiles(args.paths)
  } catch (error) {
    if (!(error instanceof ArgsError || error instanceof ImportUsageError)) throw error
    console.error(`${error.message}\n\n${IMPORT_USAGE}`)
    return 2
  }
  if (args.help) {
    console.log(IMPORT_USAGE)
    return 0
  }
  const { importPaths, formatReport, createProgress } = await import('@/import/run')
  const progress = createProgress(process.stderr)
  const options = { dryRun: args.dryRun, status: args.status, category: args.category }
  return withPayload(async (payload) => {
    let report: ImportReport
    try {
      report = await importPaths(payload, args.paths, options, progress.listener)
    } catch (error) {
      if (!(error instanceof ImportUsageError)) throw error
      console.error(error.message)
      return 2
    } finally {
      progress.finish()
    }
    process.stdout.write(
      args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`,
    )
    return report.summary.failed > 0 ? 1 : 0
  })
}

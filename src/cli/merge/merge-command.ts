import { parseArgs } from 'node:util'

import type { CliCommand } from '@/cli/commands/registry'
import { withPayload } from '@/cli/with-payload'

/**
 * `cms merge-authors|merge-tags --from ID --into ID`: the way to remove a duplicate that articles
 * still use (a plain delete is refused while anything refers to it).
 */
export function mergeCommand(collection: 'authors' | 'tags'): CliCommand {
  return {
    async run(argv) {
      let from: string | undefined
      let into: string | undefined
      try {
        const { values } = parseArgs({
          args: argv,
          options: { from: { type: 'string' }, into: { type: 'string' } },
          strict: true,
        })
        from = values.from
        into = values.into
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error))
        return 2
      }
      if (!from || !into || from === into) {
        console.error(`Usage: cms merge-${collection} --from ID --into ID (two different ids)`)
        return 2
      }
      const { mergeRecords } = await import('./merge-records')
      const result = await withPayload((payload) => mergeRecords(payload, collection, from, into))
      console.log(
        `Merged ${collection} ${from} into ${into}: ${result.articles} articles, ` +
          `${result.versions} saved versions, ${result.users} users reassigned; ${from} deleted.`,
      )
      return 0
    },
  }
}

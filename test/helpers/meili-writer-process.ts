// A second OS process that writes to the Meilisearch engine, as the web server's index jobs do
// while `cms reindex` runs in another process (issue 10 item 13). Started by
// meili-writer.ts with tsx; reads one JSON command a line on stdin and answers "ok" or
// "error <message>" a line on stdout.
import { createInterface } from 'node:readline'

import { MeilisearchEngine } from '@/search/engines/meilisearch/engine'
import type { SearchDocument } from '@/search/types'

type Command = { upsert: SearchDocument } | { remove: string }

const engine = new MeilisearchEngine({
  host: process.argv[2] ?? '',
  indexName: process.argv[3] ?? 'articles',
  timeoutMs: 5000,
})

for await (const line of createInterface({ input: process.stdin })) {
  try {
    const command = JSON.parse(line) as Command
    if ('upsert' in command) await engine.upsert([command.upsert])
    else await engine.remove([command.remove])
    process.stdout.write('ok\n')
  } catch (error) {
    process.stdout.write(`error ${(error as Error).message}\n`)
  }
}

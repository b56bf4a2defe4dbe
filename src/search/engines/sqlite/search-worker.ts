// Search thread (search-thread.ts): an engine of its own on the index file, answering searches
// one at a time in the order they arrive. It never writes documents or settings; the impact
// lists a query builds on first use are written here as on the main thread (impact-lists.ts).
import { parentPort, workerData } from 'node:worker_threads'

import { SearchQueryError } from '@/search/types'

import { SqliteFtsEngine } from './engine'
import type { SearchReply, SearchRequest, ThreadData, ThreadMessage } from './search-thread'

const { url, closing: closeFlag, ...ranking } = workerData as ThreadData
// The main engine set the tables up before it started this thread (engine.ts init).
const engine = new SqliteFtsEngine(url, { ...ranking, schemaReady: true })

// The main engine's rebuild count last seen: a rebuild there leaves this engine's words stale.
let rebuilds = 0

// Searches under way. On close the thread lets them finish, closes its connection and ends on
// its own: terminated while a statement runs, libsql's native binding panics and aborts the
// whole process (search-thread.ts close()).
let running = 0
let closing = false

function endWhenIdle(): void {
  if (!closing || running > 0) return
  closing = false
  void engine.close().finally(() => process.exit(0))
}

parentPort?.on('message', (message: ThreadMessage) => {
  if (message === 'close') {
    closing = true
    endWhenIdle()
    return
  }
  search(message)
})

function search(request: SearchRequest): void {
  // Closing: the caller has already failed this search (search-thread.ts close()).
  if (Atomics.load(closeFlag, 0) === 1) return
  if (request.rebuilds !== rebuilds) {
    rebuilds = request.rebuilds
    engine.forgetIndexWords()
  }
  running++
  engine
    .searchWith(request.query, request.settings)
    .then(
      (result) => parentPort?.postMessage({ seq: request.seq, result } satisfies SearchReply),
      (err: unknown) => {
        const error = err instanceof Error ? err : new Error(String(err))
        // SearchQueryError names itself; its Vietnamese message goes along (threadError).
        const reply: SearchReply = {
          seq: request.seq,
          error: {
            name: error.name,
            message: error.message,
            ...(error instanceof SearchQueryError ? { userMessage: error.userMessage } : {}),
          },
        }
        parentPort?.postMessage(reply)
      },
    )
    .finally(() => {
      running--
      endWhenIdle()
    })
}
parentPort?.postMessage('ready')

// Writer thread of a rebuild (bulk-writer.ts): runs each page's statements in a transaction on
// a connection of its own, in the order they arrive, while the main thread reads the next pages.
import { parentPort, workerData } from 'node:worker_threads'

import type { InStatement } from '@libsql/client'

import { PreparedWriter } from './bulk-writer'

type Request = { seq: number; statements: InStatement[] } | { seq: number; close: true }

const writer = new PreparedWriter((workerData as { file: string }).file)

parentPort?.on('message', (request: Request) => {
  try {
    if ('close' in request) writer.close()
    else writer.write(request.statements)
    parentPort?.postMessage({ seq: request.seq })
  } catch (err) {
    parentPort?.postMessage({
      seq: request.seq,
      error: err instanceof Error ? err.message : String(err),
    })
  }
})
parentPort?.postMessage('ready')

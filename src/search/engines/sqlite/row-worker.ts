// Worker thread of a rebuild (row-builder.ts): analyses articles into the statements that write
// them to the NEXT tables, while the main thread writes the previous page and reads the next.
import { parentPort } from 'node:worker_threads'

import type { SearchDocument } from '@/search/types'

import { insertStatements } from './rows'
import { NEXT } from './schema'

export interface RowRequest {
  seq: number
  docs: SearchDocument[]
}

parentPort?.on('message', (request: RowRequest) => {
  try {
    const rows = request.docs.map((doc) => insertStatements(NEXT, doc))
    parentPort?.postMessage({ seq: request.seq, rows })
  } catch (err) {
    parentPort?.postMessage({ seq: request.seq, error: String(err) })
  }
})

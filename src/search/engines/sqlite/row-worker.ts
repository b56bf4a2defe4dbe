// Worker thread of a rebuild (row-builder.ts): analyses articles into their token streams while
// the main thread writes the previous page and reads the next. Only the streams travel back: the
// main thread still holds the articles and builds the statements around them.
import { parentPort } from 'node:worker_threads'

import type { SearchDocument } from '@/search/types'

import { analyzeDocument } from './rows'

export interface RowRequest {
  seq: number
  docs: SearchDocument[]
}

parentPort?.on('message', (request: RowRequest) => {
  try {
    const analyzed = request.docs.map(analyzeDocument)
    parentPort?.postMessage({ seq: request.seq, analyzed })
  } catch (err) {
    parentPort?.postMessage({ seq: request.seq, error: String(err) })
  }
})

// Analysing an article (normalising, tokenising and folding four texts, finding names) costs a
// rebuild about as much CPU as SQLite spends writing it. A rebuild therefore hands its pages to
// worker threads (row-worker.ts), in turn, and meanwhile writes the pages before them, so on two
// cores the two overlap. Workers send back only the token streams (the least to copy between
// threads); the statements are built here around the articles this thread still holds. Where no
// worker can start (the module cannot be loaded in a worker: inside a bundle, or a test runner
// without tsx), or one dies, pages are analysed inline into the same statements.
import { Worker } from 'node:worker_threads'

import type { InStatement } from '@libsql/client'

import type { SearchDocument } from '@/search/types'

import type { RowRequest } from './row-worker'
import { type AnalyzedDocument, analyzeDocument, insertStatements } from './rows'
import { NEXT } from './schema'
import { workerSource } from './worker-source'

type Rows = InStatement[][]
type Reply = { seq: number; analyzed: AnalyzedDocument[] } | { seq: number; error: string }

interface Pending {
  docs: SearchDocument[]
  resolve: (rows: Rows) => void
  reject: (err: Error) => void
}

const inline = (docs: SearchDocument[]): Rows => docs.map((doc) => insertStatements(NEXT, doc))

/** The statements for a page the worker analysed. */
function statements(docs: SearchDocument[], analyzed: AnalyzedDocument[]): Rows {
  return docs.map((doc, i) => insertStatements(NEXT, doc, analyzed[i] ?? analyzeDocument(doc)))
}

export class RowBuilder {
  private workers: Worker[] = []
  private readonly threads: number
  private source: string | null
  private seq = 0
  private readonly pending = new Map<number, Pending>()

  /**
   * Up to `threads` workers (0: analyse inline), started as pages arrive, so a rebuild of one
   * page starts one; pages go to them in turn.
   */
  constructor(threads: number) {
    this.threads = threads
    this.source = threads > 0 ? workerSource('row-worker') : null
  }

  /** Worker threads analysing pages so far (0 once fallen back to inline analysis). */
  get started(): number {
    return this.workers.length
  }

  private spawn(): void {
    if (!this.source) return
    let worker: Worker
    try {
      worker = new Worker(this.source, { eval: true })
    } catch {
      this.source = null
      return
    }
    worker.unref()
    worker.on('message', (reply: Reply) => this.settle(reply))
    // A worker that cannot load its module or dies: finish what was sent inline, go on inline.
    worker.on('error', () => this.fallBack())
    worker.on('exit', () => this.fallBack())
    this.workers.push(worker)
  }

  /** Insert statements for each article of a page, in order. */
  build(docs: SearchDocument[]): Promise<Rows> {
    if (this.workers.length < this.threads && this.seq >= this.workers.length) this.spawn()
    const worker = this.workers[this.seq % Math.max(1, this.workers.length)]
    if (!worker) return Promise.resolve().then(() => inline(docs))
    const seq = ++this.seq
    return new Promise<Rows>((resolve, reject) => {
      this.pending.set(seq, { docs, resolve, reject })
      worker.postMessage({ seq, docs } satisfies RowRequest)
    })
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.seq)
    if (!waiting) return
    this.pending.delete(reply.seq)
    if ('error' in reply) waiting.reject(new Error(`Search index analysis failed: ${reply.error}`))
    else waiting.resolve(statements(waiting.docs, reply.analyzed))
  }

  private fallBack(): void {
    const workers = this.workers
    this.workers = []
    this.source = null
    for (const worker of workers) void worker.terminate()
    for (const [seq, waiting] of this.pending) {
      this.pending.delete(seq)
      try {
        waiting.resolve(inline(waiting.docs))
      } catch (err) {
        waiting.reject(err instanceof Error ? err : new Error(String(err)))
      }
    }
  }

  async close(): Promise<void> {
    const workers = this.workers
    this.workers = []
    this.source = null
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

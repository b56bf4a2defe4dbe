// Analysing an article (normalising, tokenising and folding four texts, finding names) costs a
// rebuild about as much CPU as SQLite spends writing it. A rebuild therefore hands each page to
// a worker thread (row-worker.ts) and meanwhile writes the page before it, so on two cores the
// two overlap. Where no worker can start (the module cannot be loaded in a worker: inside a
// bundle, or a test runner without tsx), or it dies, pages are analysed inline into the same
// statements.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { InStatement } from '@libsql/client'

import type { SearchDocument } from '@/search/types'

import type { RowRequest } from './row-worker'
import { insertStatements } from './rows'
import { NEXT } from './schema'

type Rows = InStatement[][]
type Reply = { seq: number; rows: Rows } | { seq: number; error: string }

interface Pending {
  docs: SearchDocument[]
  resolve: (rows: Rows) => void
  reject: (err: Error) => void
}

const inline = (docs: SearchDocument[]): Rows => docs.map((doc) => insertStatements(NEXT, doc))

/**
 * The worker's bootstrap. Node 20 does not apply tsx's loader to a worker's entry module, so a
 * TypeScript worker registers tsx itself first. Paths come from the file system rather than
 * `new Worker(new URL(…))`, which bundlers would try to follow.
 */
function workerSource(): string | null {
  try {
    const here = fileURLToPath(import.meta.url)
    const ext = path.extname(here)
    const entry = JSON.stringify(
      pathToFileURL(path.join(path.dirname(here), `row-worker${ext}`)).href,
    )
    if (ext !== '.ts') return `import(${entry})`
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
    return `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}) })`
  } catch {
    return null
  }
}

export class RowBuilder {
  private worker: Worker | null = null
  private seq = 0
  private readonly pending = new Map<number, Pending>()

  constructor(useWorker: boolean) {
    const source = useWorker ? workerSource() : null
    if (!source) return
    try {
      this.worker = new Worker(source, { eval: true })
    } catch {
      return
    }
    this.worker.unref()
    this.worker.on('message', (reply: Reply) => this.settle(reply))
    // A worker that cannot load its module or dies: finish what it held inline, then go on inline.
    this.worker.on('error', () => this.fallBack())
    this.worker.on('exit', () => this.fallBack())
  }

  /** True while pages go to the worker thread (for benchmarks and logs). */
  get threaded(): boolean {
    return this.worker !== null
  }

  /** Insert statements for each article of a page, in order. */
  build(docs: SearchDocument[]): Promise<Rows> {
    const worker = this.worker
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
    else waiting.resolve(reply.rows)
  }

  private fallBack(): void {
    const worker = this.worker
    this.worker = null
    void worker?.terminate()
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
    const worker = this.worker
    this.worker = null
    await worker?.terminate()
  }
}

// Runs the embedded engine's searches in a worker thread of their own (search-worker.ts) with a
// second connection to the index file. SQLite answers synchronously, so a search on the request
// thread holds every other request of the process for as long as its statements run: ~0.1 s
// for a phrase of common words at 10^4 articles, up to a second at 10^5 (BENCHMARKS.md, issue
// 14 §5). In the thread, page views and saves go on while it runs. WAL lets the thread read while
// the main connection writes; each search reads PRAGMA data_version first (engine.ts version()),
// so it sees every commit made before it started, as a search on the main connection does.
// Writes, rebuilds and settings stay on the main thread; the settings travel with each search.
import { Worker } from 'node:worker_threads'

import { type SearchQuery, SearchQueryError, type SearchResult } from '@/search/types'
import type { SearchSettings } from '@/search/vietnamese/types'

import { workerSource } from './worker-source'

/**
 * Next's server bundle loads its own copy of this module, where the worker's module cannot be
 * located (no search-worker file beside the chunk, no import.meta.resolve), and creates the
 * shared engine whenever it asks first (src/search/engine.ts: after a failed start, a settings
 * save in the admin). The server's copy, loaded at start, leaves the location it found here.
 */
const shared = globalThis as typeof globalThis & { __cmsSearchWorkerSource?: string }
const located = workerSource('search-worker')
if (located) shared.__cmsSearchWorkerSource ??= located

/** What the worker needs to open its own engine on the same file with the same ranking. */
export interface SearchThreadOptions {
  url: string
  bm25Budget?: number
  cacheMiB?: number
  mmapMiB?: number
}

export type SearchRequest = {
  seq: number
  query: SearchQuery
  settings: Partial<SearchSettings>
  /** Rebuilds the main engine swapped in so far: when it moves, the thread forgets its words. */
  rebuilds: number
}
/** What the thread is sent: a search, or 'close' (finish what runs, close the connection, end). */
export type ThreadMessage = SearchRequest | 'close'
/**
 * The thread's workerData: its engine's options and a flag close() raises (element 0 set to 1)
 * before 'close' is posted. Searches queued ahead of 'close' are skipped once it is up, so a close
 * waits for the one search under way, not for every search already sent.
 */
export type ThreadData = SearchThreadOptions & { closing: Int32Array }
export type SearchReply =
  | { seq: number; result: SearchResult }
  | { seq: number; error: { name: string; message: string; userMessage?: string } }

/**
 * How long close() waits for the thread to end by itself. It is never terminated: terminate()
 * cannot end a libsql call early (the call runs to its end, a 5 s busy wait included), and the
 * call's return into a terminated thread panics and aborts the process (exit 134).
 */
const CLOSE_WAIT_MS = 4000

type Waiting = { resolve: (r: SearchResult) => void; reject: (e: Error) => void }

/**
 * One worker, started on the first search. `search` resolves to null when no thread can run
 * here (its module cannot be loaded, as inside a bundle): the caller then searches on its own
 * connection, and later calls return null at once. A thread that dies after starting fails the
 * searches it held (the endpoint answers 503) and is replaced at the next search.
 */
export class SearchThread {
  private worker: Worker | null = null
  private ready: Promise<boolean> | null = null
  private seq = 0
  private readonly pending = new Map<number, Waiting>()
  private unavailable = false
  private closed = false
  private ended: Promise<void> | null = null
  private readonly closing = new Int32Array(new SharedArrayBuffer(4))

  constructor(private readonly options: SearchThreadOptions) {}

  async search(
    query: SearchQuery,
    settings: Partial<SearchSettings>,
    rebuilds = 0,
  ): Promise<SearchResult | null> {
    if (this.unavailable || this.closed) return null
    const started = this.start()
    if (!started) return null
    const seq = ++this.seq
    const done = new Promise<SearchResult>((resolve, reject) =>
      this.pending.set(seq, { resolve, reject }),
    )
    // Returned below; a close while the thread starts rejects it before anyone listens, and an
    // unhandled rejection would end the process.
    done.catch(() => undefined)
    const request: ThreadMessage = { seq, query, settings, rebuilds }
    started.worker.postMessage(request)
    if (await started.ready) return done
    this.pending.delete(seq)
    return null
  }

  /** Starts the thread ahead of the first search, which would otherwise wait for its start-up. */
  warm(): void {
    if (!this.unavailable && !this.closed) this.start()
  }

  private start(): { worker: Worker; ready: Promise<boolean> } | null {
    if (this.worker && this.ready) return { worker: this.worker, ready: this.ready }
    const source = shared.__cmsSearchWorkerSource ?? null
    if (!source) {
      this.giveUp('its module cannot be located')
      return null
    }
    const workerData: ThreadData = { ...this.options, closing: this.closing }
    const worker = new Worker(source, { eval: true, workerData })
    // Never keeps the process alive on its own: close() ends it, and so does process exit.
    worker.unref()
    let started = false
    const ready = new Promise<boolean>((resolve) => {
      worker.on('message', (reply: SearchReply | 'ready') => {
        if (reply === 'ready') {
          started = true
          resolve(true)
        } else this.settle(reply)
      })
      const fail = (err: Error) => {
        resolve(false)
        if (this.worker === worker) {
          this.worker = null
          this.ready = null
        }
        if (this.closed) return
        if (!started) {
          this.giveUp(err.message)
          return
        }
        console.error(`Search thread stopped (${err.message}); searches it held fail`)
        for (const [seq, waiting] of this.pending) {
          this.pending.delete(seq)
          waiting.reject(err)
        }
      }
      worker.on('error', fail)
      worker.on('exit', (code) => fail(new Error(`search thread exited with code ${code}`)))
    })
    this.worker = worker
    this.ready = ready
    return { worker, ready }
  }

  /** Never started: every later search runs on the caller's connection. */
  private giveUp(why: string): void {
    if (this.unavailable) return
    this.unavailable = true
    console.warn(`Search thread unavailable (${why}); searching on the request thread`)
  }

  private settle(reply: SearchReply): void {
    const waiting = this.pending.get(reply.seq)
    if (!waiting) return
    this.pending.delete(reply.seq)
    if ('result' in reply) waiting.resolve(reply.result)
    else waiting.reject(threadError(reply.error))
  }

  /**
   * Fails the searches still waiting, then asks the thread to end on its own once the statement
   * under way returns: Worker.terminate() during a libsql call panics in its native binding and
   * aborts the whole process (exit 134), which a shutdown past its deadline or a test's close
   * reached whenever a search was running. Waits at most CLOSE_WAIT_MS: a thread still in a
   * statement then ends by itself (it is unref'd, so it keeps no process alive). Every
   * call waits for the same end: a caller that exits once close() returns would otherwise exit
   * while the thread is still in a libsql call, which aborts the process too.
   */
  close(): Promise<void> {
    this.ended ??= this.end()
    return this.ended
  }

  private async end(): Promise<void> {
    this.closed = true
    // Searches already sent are skipped by the thread (ThreadData); their callers fail below.
    Atomics.store(this.closing, 0, 1)
    const worker = this.worker
    this.worker = null
    this.ready = null
    for (const [seq, waiting] of this.pending) {
      this.pending.delete(seq)
      waiting.reject(new Error('Search engine closed'))
    }
    if (!worker) return
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
    worker.postMessage('close' satisfies ThreadMessage)
    // Bounded: close() must never hang a shutdown. Not unref'd: the thread is, and a process
    // with nothing else to do would otherwise end before the close it is waiting for.
    let timer: NodeJS.Timeout | undefined
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_WAIT_MS)
    })
    await Promise.race([exited, bound])
    clearTimeout(timer)
  }
}

/** The worker's error as the callers expect it: a bad query stays a 400 (service.ts). */
function threadError(error: { name: string; message: string; userMessage?: string }): Error {
  if (error.name === 'SearchQueryError' && error.userMessage !== undefined)
    return new SearchQueryError(error.message, error.userMessage)
  const out = new Error(error.message)
  out.name = error.name
  return out
}

import type { Payload } from 'payload'

import { nextTurn } from '@/lib/next-turn'
import { getSearchEngine } from '@/search/engine'
import type { IndexedEntry, SearchEngine } from '@/search/types'

import { queueIndexJobs, requeueFailedJobs } from './index-jobs'
import { publishedArticlePage } from './published-articles'
import { publishedQuestionEntries } from './question-document'
import { loadReconcileState, saveReconcileState } from './reconcile-state'

/*
 * Repairs the index from the database, for what the job queue cannot guarantee: jobs that ran
 * out of attempts during a long outage, and changes whose job was never written (MongoDB
 * without a replica set saves without transactions, so a crash between the save and the queue
 * insert loses the job). Walks the published articles and the index side by side in id order,
 * a page of each at a time (bounded memory at 10^6 articles), and queues an index job for every
 * difference. It never writes the index itself: the job reads the article's state when it runs,
 * so a publish or unpublish racing with this walk cannot be undone by it.
 */
export interface ReconcileReport {
  /** Set when nothing was compared: the engine is down, or cannot list its entries. */
  skipped?: 'engine-down' | 'engine-cannot-list'
  /** Exhausted index jobs replaced by fresh ones. */
  requeuedFailed: number
  /** Published but not indexed. */
  missing: number
  /** Indexed from an older state of the article. */
  stale: number
  /** Indexed but not published (unpublished, deleted, never published). */
  extra: number
  /** Jobs queued for missing, stale and extra (those with a pending job are not queued again). */
  queued: number
}

export interface ReconcileOptions {
  /** Entries read per page from each side. */
  pageSize?: number
}

export async function reconcileSearchIndex(
  payload: Payload,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const pageSize = options.pageSize ?? 1000
  const report: ReconcileReport = { requeuedFailed: 0, missing: 0, stale: 0, extra: 0, queued: 0 }
  const engine = await getSearchEngine().catch(() => null)
  if (!engine || !(await engine.health()))
    return finish(payload, { ...report, skipped: 'engine-down' })

  for (let n; (n = await requeueFailedJobs(payload, pageSize)) > 0;) report.requeuedFailed += n

  if (!engine.listIndexed) return finish(payload, { ...report, skipped: 'engine-cannot-list' })
  let batch: string[] = []
  const flush = async () => {
    report.queued += await queueIndexJobs(payload, batch)
    batch = []
  }
  // Articles and answered questions share the index (and the UUID id space): one id-ordered walk.
  const db = mergeById(
    publishedEntries(payload, pageSize),
    publishedQuestionEntries(payload, pageSize),
  )
  const index = indexedEntries(engine, pageSize)
  let a = await db.next()
  let b = await index.next()
  while (!a.done || !b.done) {
    if (!b.done && (a.done || b.value.id < a.value.id)) {
      report.extra++
      batch.push(b.value.id)
      b = await index.next()
    } else if (!a.done && (b.done || a.value.id < b.value.id)) {
      report.missing++
      batch.push(a.value.id)
      a = await db.next()
    } else if (!a.done && !b.done) {
      if (isStale(a.value, b.value)) {
        report.stale++
        batch.push(a.value.id)
      }
      a = await db.next()
      b = await index.next()
    }
    if (batch.length >= pageSize) await flush()
  }
  await flush()
  return finish(payload, report)
}

async function finish(payload: Payload, report: ReconcileReport): Promise<ReconcileReport> {
  const at = new Date().toISOString()
  const previous = await loadReconcileState(payload)
  // `completedAt` is the last run that compared (or at least re-queued) against a live engine.
  const completedAt = report.skipped === 'engine-down' ? (previous?.completedAt ?? null) : at
  await saveReconcileState(payload, { at, completedAt, report })
  const { requeuedFailed, queued, skipped } = report
  if (skipped === 'engine-down')
    payload.logger.warn('Search reconciliation skipped: the search engine is not answering')
  else if (requeuedFailed > 0 || queued > 0)
    payload.logger.warn(
      { ...report },
      `Search reconciliation queued ${queued} index job(s) and re-queued ${requeuedFailed} exhausted one(s)`,
    )
  return report
}

/** An entry indexed before updatedAt was recorded is not called stale (it cannot be told). */
function isStale(article: IndexedEntry, indexed: IndexedEntry): boolean {
  if (!indexed.updatedAt || !article.updatedAt) return false
  return Date.parse(indexed.updatedAt) !== Date.parse(article.updatedAt)
}

/**
 * Published articles in id order, after the last id seen (keyset, so edits cannot shift pages),
 * read in plain SQL on SQLite (published-articles.ts). The event loop turns before each page.
 */
async function* publishedEntries(payload: Payload, pageSize: number): AsyncGenerator<IndexedEntry> {
  let last: string | null = null
  for (;;) {
    await nextTurn()
    const docs = await publishedArticlePage(payload, last, pageSize)
    yield* docs
    const tail: IndexedEntry | undefined = docs.at(-1)
    if (!tail || docs.length < pageSize) return
    last = tail.id
  }
}

/** Two id-ordered walks as one id-ordered walk. */
async function* mergeById(
  a: AsyncGenerator<IndexedEntry>,
  b: AsyncGenerator<IndexedEntry>,
): AsyncGenerator<IndexedEntry> {
  let x = await a.next()
  let y = await b.next()
  while (!x.done || !y.done) {
    if (!x.done && (y.done || x.value.id <= y.value.id)) {
      yield x.value
      x = await a.next()
    } else if (!y.done) {
      yield y.value
      y = await b.next()
    }
  }
}

async function* indexedEntries(
  engine: SearchEngine,
  pageSize: number,
): AsyncGenerator<IndexedEntry> {
  let last: string | null = null
  for (;;) {
    await nextTurn()
    const page: IndexedEntry[] = (await engine.listIndexed?.(last, pageSize)) ?? []
    yield* page
    const tail: IndexedEntry | undefined = page.at(-1)
    if (!tail || page.length < pageSize) return
    last = tail.id
  }
}

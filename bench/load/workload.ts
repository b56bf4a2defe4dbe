/**
 * The visitors: `concurrency` workers, each drawing the next request from the mix with its own
 * seeded random source until the deadline. Reads cover the home page, category listings (first
 * pages popular, deep pages rare) and articles (Zipf, newest most read), so some are page-cache
 * hits and some render; searches come from a fixed query list; editors save and publish.
 * A 2xx answer counts only when it is the page asked for (content-check.ts); anything else,
 * like a non-2xx status or a timeout, is an error. With `rate` set, requests start on a fixed
 * schedule and latency counts from the scheduled start, so a slow server cannot hide its
 * queueing by slowing the clients down.
 */
import { DEMO_CATEGORIES } from '@/seed/taxonomy'

import { foundNothing, wrongContent } from './content-check'
import { editAndPublish, type EditorSession } from './editor'
import type { LatencyRecorder } from './latency'
import { pickKind, pickWeighted, rng, zipf } from './mix'

export interface WorkloadOptions {
  base: string
  articles: number
  concurrency: number
  /** Requests per second over all workers; 0 = as fast as the server answers. */
  rate: number
  seconds: number
  seed: number
  queries: string[]
  editors: EditorSession[]
  recorder: LatencyRecorder
}

/** Listing pages readers reach (12 cards a page on /chuyen-muc); deeper ones are rare. */
const CATEGORY_PAGES = 20
const LISTING_PAGE_SIZE = 12

/** Reads split: home 15%, category listings 25%, articles 60%. */
const READS = [15, 25, 60]

export async function runWorkload(options: WorkloadOptions): Promise<{ requests: number }> {
  const { base, articles, concurrency, recorder } = options
  const articleRank = zipf(articles, 1)
  const categories = DEMO_CATEGORIES.map((c) => c.slug)
  const pages = Math.floor(articles / categories.length / LISTING_PAGE_SIZE)
  const pageRank = zipf(Math.max(1, Math.min(CATEGORY_PAGES, pages)), 1.2)
  const queryRank = zipf(options.queries.length, 0.8)
  const start = performance.now()
  const deadline = start + options.seconds * 1000
  let ticket = 0
  let requests = 0

  const readPath = (random: () => number): { kind: string; path: string } => {
    const which = pickWeighted(READS, random())
    if (which === 0) return { kind: 'read:home', path: '/' }
    if (which === 1) {
      const category = categories[Math.floor(random() * categories.length)] ?? 'tin-tuc-su-kien'
      const page = pageRank(random()) + 1
      return {
        kind: 'read:category',
        path: `/chuyen-muc/${category}${page > 1 ? `?trang=${page}` : ''}`,
      }
    }
    return { kind: 'read:article', path: `/bai-viet/tai-${articles - 1 - articleRank(random())}` }
  }

  const get = async (kind: string, path: string, since: number) => {
    // A request sent after its scheduled time waited in this process, not in the server.
    const late = performance.now() - since
    const res = await fetch(base + path, { signal: AbortSignal.timeout(30_000) })
    const html = await res.text()
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
    // A fast 200 that is not the page asked for is an error, not a good latency.
    const wrong = wrongContent(kind, path, html)
    if (wrong) throw new Error(`${path}: ${wrong}`)
    // When in the run and what: a stall that holds several requests shows as one moment.
    const at = `at ${((since - start) / 1000).toFixed(1)} s, sent ${late.toFixed(0)} ms late`
    const what = kind === 'search' ? (new URL(path, base).searchParams.get('q') ?? '') : path
    recorder.record(kind, performance.now() - since, `${what} (${at})`)
    if (kind === 'search') recorder.tally(foundNothing(html) ? 'search empty' : 'search found')
    if (kind.startsWith('read:')) {
      const hit = res.headers.get('x-page-cache') === 'HIT'
      recorder.tally(hit ? 'cache hit' : 'cache miss')
      recorder.record(hit ? 'cache:hit' : 'cache:miss', performance.now() - since)
    }
  }

  const worker = async (w: number) => {
    const random = rng(options.seed * 1000 + w)
    let edits = 0
    for (;;) {
      let since = performance.now()
      if (options.rate > 0) {
        const scheduled = start + (ticket++ * 1000) / options.rate
        if (scheduled > since) await new Promise((r) => setTimeout(r, scheduled - since))
        since = scheduled
      }
      if (performance.now() >= deadline) return
      requests++
      const kind = pickKind(random())
      try {
        if (kind === 'read') {
          const { kind: readKind, path } = readPath(random)
          await get(readKind, path, since)
        } else if (kind === 'search') {
          const q = options.queries[queryRank(random())] ?? 'đảng'
          await get('search', `/tim-kiem?q=${encodeURIComponent(q)}`, since)
        } else {
          // Each worker edits its own share of the popular articles, so two editors never
          // race on one article and the edited pages are ones readers read.
          const share = Math.max(1, Math.floor(articles / concurrency))
          const index = articles - 1 - (articleRank(random()) % share) * concurrency - w
          const session = options.editors[w % options.editors.length]
          const approver = options.editors[(w + 1) % options.editors.length]
          if (!session || !approver || index < 0) continue
          edits++
          await editAndPublish(base, session, approver, `tai-${index}`, `${w}-${edits}`, recorder)
        }
      } catch (error) {
        recorder.error(kind, error instanceof Error ? error.message : String(error))
      }
    }
  }

  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)))
  return { requests }
}

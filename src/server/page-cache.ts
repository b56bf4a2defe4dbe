import fs from 'node:fs'
import path from 'node:path'

import type { Request, RequestHandler, Response } from 'express'

import { FORM_STATE_HEADER } from '@/feedback/form-state'
import { tokenIssuerFor } from '@/feedback/token-binding'
import { onTargetedInvalidation, targetedChanges } from '@/site/cache/apply-target'
import { contentVersion } from '@/site/cache/content-version'
import { takeRelatedSources } from '@/site/cache/related-sources'
import type { PageTarget } from '@/site/cache/targets'
import { canonicalQuery } from '@/site/page-params'

import { applyPagePolicy } from './cache-policy'
import { fillTokenSlots, hasTokenSlot } from './form-token-slots'
import { inlineStylesheets } from './inline-styles'
import { decodePath, indexPage, type PageIndex, pageMatches } from './page-index'
import { cspNonceOf } from './security'
import { stripClientRuntime } from './strip-client-runtime'

interface Entry {
  version: number
  storedAt: number
  headers: Record<string, string>
  body: Buffer
  /** The page has a reader form: each response gets fresh tokens (form-token-slots.ts). */
  tokenSlots: boolean
  /** What the entry holds in memory, roughly: body, headers, key and index. */
  bytes: number
  /** What the page shows, for targeted invalidation (page-index.ts). */
  index: PageIndex
}

export interface PageCacheOptions {
  /** Memory budget for all entries together (default PAGE_CACHE_MB, 64 MB). */
  maxBytes?: number
  /** Safety net for time-based content (the news sitemap's two-day window). */
  ttlMs?: number
  maxBodyBytes?: number
  /**
   * Runs for every reader request the cache does not answer (each costs a render): rate
   * limiting goes here so cached pages stay free while cache misses, 404s and uncacheable
   * pages are counted.
   */
  onMiss?: RequestHandler
}

export interface PageCacheStats {
  entries: number
  /** What the entries hold, as counted against the budget. */
  bytes: number
  maxBytes: number
}

export type PageCacheHandler = RequestHandler & { stats: () => PageCacheStats }

/** The figures of the server's page cache, for diagnostics (bench/load/probe.ts reads them). */
export const PAGE_CACHE_STATS = Symbol.for('portal.server.pageCacheStats')

const MB = 1024 * 1024
/** Targeted invalidations remembered for renders in flight (publishes come seconds apart). */
const RECENT_TARGETS = 256

export function pageCacheBytes(): number {
  const mb = Number(process.env.PAGE_CACHE_MB)
  return (Number.isFinite(mb) && mb > 0 ? mb : 64) * MB
}

// Admin, API, Next's own files and files from public/ are never touched.
const NOT_SITE = /^\/(admin|api|_next|healthz)(\/|$)/
// Feeds (.xml, .ics) and robots.txt are rendered by Next like pages.
const STATIC_FILE = /\.(?!xml$|txt$|ics$)[a-z0-9]+$/i
// Search results follow the search index, which a job updates shortly after a publish; the
// preview switch sets cookies. Both are slimmed but not kept.
const NOT_KEPT = /^\/(xem-truoc|tim-kiem)(\/|$)/
const CACHEABLE_TYPE = /^(text\/html|application\/(rss\+)?xml|text\/plain|text\/calendar)/
const DROP_HEADERS = new Set([
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  // Each response gets its own policy and nonce from security.ts, hits included.
  'content-security-policy',
  'content-security-policy-report-only',
])

/** URL paths of the files in public/, which Next serves as they are. */
function publicFileUrls(root = path.join(process.cwd(), 'public')): Set<string> {
  const urls = new Set<string>()
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else urls.add(`/${path.relative(root, full).split(path.sep).join('/')}`)
    }
  }
  walk(root)
  return urls
}

/** Reader pages: slimmed (and usually kept). Next's client navigation payloads are left alone. */
function sitePage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const query = req.originalUrl.split('?')[1] ?? ''
  return !(req.headers.rsc || req.headers['next-router-prefetch'] || /(^|&)_rsc=/.test(query))
}

/** For an article page, the categories and tags its related list draws on (noted while it rendered). */
function relatedOf(urlPath: string): string[] | 'unknown' | null {
  const slug = /^\/bai-viet\/([^/]+)$/.exec(urlPath)?.[1]
  if (slug === undefined) return null
  return takeRelatedSources(decodePath(slug)) ?? 'unknown'
}

/** Rough memory of a page's index (a sitemap page links 2,000 articles). */
function indexBytes(index: PageIndex): number {
  let bytes = 0
  for (const value of index.links) bytes += value.length + 40
  for (const value of index.files) bytes += value.length + 40
  return bytes
}

function keepable(req: Request): boolean {
  // Editors in preview (draft mode) must never be shared with readers, nor a page re-rendered
  // with one reader's refused form (src/feedback/form-state.ts).
  return (
    !NOT_KEPT.test(req.path) &&
    !/(?:^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? '') &&
    !req.headers[FORM_STATE_HEADER]
  )
}

function send(req: Request, res: Response, entry: Entry, head: boolean) {
  res.set(entry.headers)
  res.set('X-Page-Cache', 'HIT')
  if (head) res.status(200).end()
  else
    res
      .status(200)
      .send(entry.tokenSlots ? fillTokenSlots(entry.body, tokenIssuerFor(req)) : entry.body)
}

/**
 * Whole-page cache for public reader pages, in front of Next. Pages render on demand (nothing is
 * prerendered at build time), lose Next's unused client runtime (strip-client-runtime.ts), get
 * their stylesheet inlined (inline-styles.ts) and are kept here until the content version
 * changes: every publish, unpublish or edit bumps it from a Payload hook, so readers get cached
 * pages and still see changes at once. One process keeps one cache; changes made by other
 * processes reach the version through the database within about a second (site/cache/shared-version.ts).
 *
 * Scripts and the nonce: a kept page must not carry the nonce of the response it was rendered for,
 * or every hit would either break its scripts or hand out a nonce already sent to someone else. So
 * the site's own inline scripts are allowed by hash (fixed text, same bytes on every hit, nothing
 * to rewrite, no per-hit cost), and Next's nonce-bearing scripts are gone after
 * strip-client-runtime.ts. A page that still holds its nonce is served but never kept: rewriting
 * the nonce on every hit would cost a scan of each page and keep a secret inside the cache, for
 * pages that do not exist today.
 */
export function pageCache(options: PageCacheOptions = {}): PageCacheHandler {
  const maxBytes = options.maxBytes ?? pageCacheBytes()
  const ttlMs = options.ttlMs ?? 10 * 60_000
  // A sitemap page of 2,000 URLs is about 250 kB; nothing a reader asks for comes near this.
  const maxBodyBytes = Math.min(options.maxBodyBytes ?? 2 * MB, maxBytes / 4)
  const entries = new Map<string, Entry>()
  let totalBytes = 0
  const onMiss: RequestHandler = options.onMiss ?? ((_req, _res, next) => next())

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    totalBytes -= entry.bytes
  }

  const publicFiles = publicFileUrls()

  // The targeted invalidations of the last while, by their count (apply-target.ts), so that a
  // page whose render overlapped one is not kept when that one concerns it.
  const recent: Array<{ count: number; target: PageTarget }> = []
  onTargetedInvalidation((target) => {
    for (const [key, entry] of entries) if (pageMatches(entry.index, target)) remove(key)
    recent.push({ count: targetedChanges(), target })
    if (recent.length > RECENT_TARGETS) recent.shift()
  })
  /** Whether a targeted invalidation after `since` concerns this page (or is forgotten). */
  const droppedSince = (since: number, index: PageIndex): boolean => {
    if (targetedChanges() === since) return false
    const oldest = recent[0]
    if (!oldest || oldest.count > since + 1) return true
    return recent.some((r) => r.count > since && pageMatches(index, r.target))
  }

  const handler: RequestHandler = (req, res, next) => {
    if (NOT_SITE.test(req.path)) return next()
    // A dotted path is a file only when public/ has it; otherwise Next renders a page for it
    // (`/bai-viet/x.zz` is a 404 page), which costs a render like any other miss.
    if (STATIC_FILE.test(req.path))
      return publicFiles.has(req.path) ? next() : onMiss(req, res, next)
    if (!sitePage(req)) return onMiss(req, res, next)
    // Shared caches may keep anonymous pages briefly; personal ones never (cache-policy.ts).
    applyPagePolicy(req, res)
    // The key (and the URL Next renders) keeps only the parameters the page reads
    // (src/site/page-params.ts), so tracking ids and random parameters are one page.
    const query = req.originalUrl.slice(req.originalUrl.indexOf('?') + 1 || req.originalUrl.length)
    const key = req.path + canonicalQuery(req.path, new URLSearchParams(query))
    req.url = key
    const keep = keepable(req)
    const version = contentVersion()
    const changes = targetedChanges()
    const hit = entries.get(key)
    if (keep && hit && hit.version === version && Date.now() - hit.storedAt < ttlMs) {
      // Re-insert so the Map's order doubles as least-recently-used order.
      entries.delete(key)
      entries.set(key, hit)
      return send(req, res, hit, req.method === 'HEAD')
    }
    if (hit) remove(key)
    if (req.method === 'HEAD') return onMiss(req, res, next)

    // The whole response is held back (reader pages render in tens of milliseconds and have no
    // streamed sections), so it can be slimmed before it is both sent and kept.
    const chunks: Buffer[] = []
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => Response
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            ),
      )
    }
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      if (callback) setImmediate(callback)
      return true
    }) as Response['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      res.write = write as Response['write']
      res.end = end as Response['end']
      const callback = [chunk, ...rest].find((r) => typeof r === 'function')
      const type = String(res.getHeader('content-type') ?? '')
      let body = Buffer.concat(chunks)
      // Next sends HTML headers early and chunked, so the body may still change length, unless
      // a Content-Length went out with them.
      const lengthSent = res.headersSent && res.getHeader('content-length') !== undefined
      if (res.statusCode === 200 && type.startsWith('text/html') && !lengthSent) {
        body = Buffer.from(inlineStylesheets(stripClientRuntime(body.toString('utf8'))), 'utf8')
        if (!res.headersSent) res.setHeader('Content-Length', body.length)
      }
      if (keep) store(res, type, body)
      // Kept with the slots empty; sent with this reader's tokens. A body whose length already
      // went out is sent as it is (no page with a form does that), and so is the server's own
      // re-render of a refused form: the form route fills it for the reader, not for itself.
      const sent =
        lengthSent || req.headers[FORM_STATE_HEADER]
          ? body
          : fillTokenSlots(body, tokenIssuerFor(req))
      if (sent !== body && !res.headersSent) res.setHeader('Content-Length', sent.length)
      return callback ? end(sent, callback) : end(sent)
    }) as Response['end']

    const store = (res: Response, type: string, body: Buffer) => {
      if (res.statusCode !== 200 || !CACHEABLE_TYPE.test(type) || body.length > maxBodyBytes) return
      if (res.getHeader('set-cookie') || contentVersion() !== version) return
      const nonce = cspNonceOf(res)
      if (nonce && body.includes(`nonce="${nonce}"`)) return
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!DROP_HEADERS.has(name) && name !== 'x-page-cache' && value !== undefined)
          headers[name] = String(value)
      }
      const index = indexPage(req.path, body.toString('utf8'), relatedOf(req.path))
      const bytes =
        body.length +
        key.length +
        JSON.stringify(headers).length +
        indexBytes(index) +
        200 /* object overhead */
      // A change during the render that concerns this page: the body may be from either side
      // of it, so it is not kept.
      if (droppedSince(changes, index)) return
      remove(key)
      entries.set(key, {
        version,
        storedAt: Date.now(),
        headers,
        body,
        tokenSlots: hasTokenSlot(body),
        bytes,
        index,
      })
      totalBytes += bytes
      // Least recently used first, until the whole cache fits its budget again.
      for (const oldest of entries.keys()) {
        if (totalBytes <= maxBytes) break
        remove(oldest)
      }
    }
    if (keep) res.setHeader('X-Page-Cache', 'MISS')
    onMiss(req, res, next)
  }
  const stats = (): PageCacheStats => ({ entries: entries.size, bytes: totalBytes, maxBytes })
  ;(globalThis as { [PAGE_CACHE_STATS]?: () => PageCacheStats })[PAGE_CACHE_STATS] = stats
  return Object.assign(handler, { stats })
}

import type { Server } from 'node:http'

import compression from 'compression'
import express from 'express'
import next from 'next'
import type { Payload } from 'payload'

import { mediaDir } from '@/collections/Media/limits'
import { serverSearchThreadDefault } from '@/search/engines/create-engine'

import { vietnameseAdminByDefault } from './admin-language'
import { bodyLimits } from './body-limits'
import { privateByDefault } from './cache-policy'
import { canonicalPath } from './canonical-path'
import { clientContext } from './client-context'
import { connectionDrain } from './connection-drain'
import { defaultContentLocale } from './default-locale'
import { emcScriptOrigin, loadEmcScriptUrl } from './emc-script'
import { errorPages } from './error-pages'
import { healthRoute } from './health'
import { listenHost, listenOn, localUrl } from './listen'
import { mediaFiles } from './media-files'
import { mediaVisibility } from './media-visibility'
import { pageCache } from './page-cache'
import { proxyCheck } from './proxy-check'
import { rateLimits } from './rate-limits'
import { redirects } from './redirects'
import { searchPageStatus } from './search-page-status'
import { securityHeaders } from './security'
import { exitOnSignals, shutdownGracefully } from './shutdown'
import { parseTrustProxy } from './trust-proxy'

export interface StartOptions {
  port?: number
  dev?: boolean
  /** Seed demo content into an empty embedded database (default: SEED_DEMO !== 'false'). */
  seed?: boolean
}

export interface RunningServer {
  server: Server
  payload: Payload
  url: string
  close: () => Promise<void>
}

/**
 * One process serves admin, API and public site: Express adds headers, compression, limits
 * and the health check, then hands everything else to Next (which hosts Payload). No body
 * parser sits in front of Next because Payload reads the raw request body itself.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = options.port ?? Number(process.env.PORT ?? 3000)
  const dev = options.dev ?? process.env.NODE_ENV !== 'production'
  const started = Date.now()
  // Searches in a worker thread, so a costly query never holds the pages served beside it
  // (search-thread.ts); SEARCH_THREAD=0 keeps them on the request thread.
  serverSearchThreadDefault()

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, cron: true })
  // Before the first job run (the cron's first tick is seconds away): jobs a killed process
  // left marked as running go back to the queue.
  const { recoverInterruptedJobs } = await import('@/jobs/recover-interrupted')
  await recoverInterruptedJobs(payload, new Date(started))
  const { ensureAuditPruneScheduled } = await import('@/jobs/prune-audit-log')
  await ensureAuditPruneScheduled(payload)

  if (options.seed ?? process.env.SEED_DEMO !== 'false') {
    const { seedDemoIfEmpty } = await import('@/seed')
    await seedDemoIfEmpty(payload)
  }

  // Writes from other processes (cms import, cms seed, other servers) reach this one's caches.
  const { followContentChanges } = await import('@/site/cache/shared-version')
  const stopFollowing = followContentChanges(payload)
  // "This week" on the work schedule and its feeds change with the date, not only with content.
  const { refreshAtVietnamMidnight } = await import('@/site/cache/day-change')
  const stopDayChange = refreshAtVietnamMidnight()

  const { prepareSearch } = await import('@/search/startup')
  void prepareSearch(payload)
  // Re-queues exhausted index jobs and anything the index lacks or should not hold; only in the
  // process that runs the job queue (JOBS_AUTORUN), like scheduled publishing.
  const { scheduleReconciliation } = await import('@/search/sync/reconcile-schedule')
  const stopReconciling = scheduleReconciliation(payload)

  // Page views: counted in memory on every reader request (cached or not), written in batches.
  const { countingEnabled, countView, viewCounter } = await import('@/site/readership/counter')
  const { startViewFlusher } = await import('@/site/readership/flusher')
  const counting = countingEnabled()
  const viewFlusher = counting ? startViewFlusher(payload) : undefined
  await loadEmcScriptUrl(payload)

  const nextApp = next({ dev, dir: process.cwd(), port, hostname: 'localhost' })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', parseTrustProxy(process.env.TRUST_PROXY))
  // Behind nginx, micro-cache hits arrive as datagrams (view-log.ts): one process listens, the
  // one that runs the job queue, so two processes never both claim the port.
  const { viewLogAddress, viewLogKey } = await import('@/site/readership/view-log-key')
  const { listenForViews } = await import('@/site/readership/view-log')
  const viewLogAt = counting && process.env.JOBS_AUTORUN !== 'false' ? viewLogAddress() : null
  const viewLog = viewLogAt
    ? await listenForViews(
        viewLogAt,
        viewLogKey(),
        app.get('trust proxy fn') as (address: string, hop: number) => boolean,
        (view) => countView(view),
      )
    : null
  // First, synchronously: the body counter must wrap the request before any body byte arrives.
  app.use(bodyLimits())
  app.use(clientContext())
  // Forwarded requests from a peer TRUST_PROXY does not trust: one warning, shown in /healthz.
  const proxy = proxyCheck(process.env.TRUST_PROXY, (message) => payload.logger.warn(message))
  app.use(proxy.middleware)
  app.use(defaultContentLocale())
  app.use(securityHeaders(dev, () => emcScriptOrigin(payload)))
  // Before any route or limit mounted on a path: each address has one spelling.
  app.use(canonicalPath())
  app.use(compression({ threshold: 1024 }))
  const limits = rateLimits()
  app.get('/healthz', healthRoute(payload, proxy.status))
  // Media are public (read access: anyone): Express serves them with an extension allowlist,
  // their type, nosniff and a sandbox; nothing under this path falls through to Payload.
  app.use('/api/media/file', ...mediaFiles(mediaDir(), mediaVisibility(payload)))
  app.use(['/admin', '/api'], vietnameseAdminByDefault(), privateByDefault())
  app.use(['/api/users/login', '/api/users/forgot-password'], limits.login)
  app.use(['/api/search', '/tim-kiem'], limits.search)
  app.get('/tim-kiem', searchPageStatus())
  app.use('/api', limits.api)
  // Readers' comment and question forms (plain HTML POSTs), each per-IP limited.
  const { feedbackRoutes } = await import('@/feedback/route')
  app.use(feedbackRoutes(payload, limits.feedback))
  // In front of the page cache, so cache hits count like renders.
  if (counting) app.use(viewCounter())
  // Every reader request the page cache cannot answer costs a render, so those are limited.
  app.use(redirects(payload), errorPages(), pageCache({ onMiss: limits.pages }))
  app.all('/{*splat}', (req, res) => handle(req, res))

  const host = listenHost()
  const server = await listenOn(app, port, host)
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = localUrl(host, actualPort)
  // Without SERVER_URL, links default to http://localhost:$PORT (src/site/env.ts): record the
  // port actually bound (port 0 picks a free one) so they point at this server.
  if (!process.env.SERVER_URL) process.env.PORT = String(actualPort)
  payload.logger.info(
    `Portal ready at ${url} (${dev ? 'development' : 'production'}, ${Date.now() - started} ms)`,
  )

  const drain = connectionDrain(server)
  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= shutdownGracefully({
      drain,
      payload,
      closeNext: async () => {
        stopFollowing()
        stopReconciling()
        stopDayChange()
        await nextApp.close()
        // After the drain (no request is still counting), before the database closes.
        await viewLog?.close()
        await viewFlusher?.stop()
      },
    }))
  exitOnSignals({
    close,
    logger: {
      info: (message) => payload.logger.info(message),
      error: (obj, message) => payload.logger.error(obj, message),
    },
  })
  return { server, payload, url, close }
}

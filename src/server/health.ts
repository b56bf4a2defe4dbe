import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { searchSyncStatus } from '@/search/sync/status'

import type { ProxyStatus } from './proxy-check'

/**
 * Liveness plus a real database round trip, for load balancers and uptime monitors. Search is
 * reported but never fails the check (the site serves without it): an engine that does not
 * answer, or index jobs that ran out of attempts, make the status `degraded`, still 200. `proxy`
 * tells operators when TRUST_PROXY does not trust the proxy that forwards requests
 * (proxy-check.ts): the site serves, but every reader shares the proxy's rate-limit bucket.
 */
export function healthRoute(payload: Payload, proxy?: () => ProxyStatus): RequestHandler {
  return async (_req, res) => {
    const started = Date.now()
    try {
      await payload.count({ collection: 'categories', overrideAccess: true })
    } catch (error) {
      payload.logger.error({ err: error }, 'Health check: database unreachable')
      res.status(503).json({ status: 'error', database: 'unreachable' })
      return
    }
    const dbMs = Date.now() - started
    const search = await searchSyncStatus(payload).catch((error: unknown) => {
      payload.logger.error({ err: error }, 'Health check: search sync status unreadable')
      return null
    })
    const degraded = !search || search.engine !== 'ok' || search.failedJobs > 0
    res.set('Cache-Control', 'no-store')
    res.json({
      status: degraded ? 'degraded' : 'ok',
      database: 'ok',
      dbMs,
      uptimeS: Math.round(process.uptime()),
      search,
      ...(proxy ? { proxy: proxy() } : {}),
    })
  }
}

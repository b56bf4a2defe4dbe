import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** Liveness plus a real database round trip, for load balancers and uptime monitors. */
export function healthRoute(payload: Payload): RequestHandler {
  return async (_req, res) => {
    const started = Date.now()
    try {
      await payload.count({ collection: 'categories', overrideAccess: true })
      res.set('Cache-Control', 'no-store')
      res.json({
        status: 'ok',
        database: 'ok',
        dbMs: Date.now() - started,
        uptimeS: Math.round(process.uptime()),
      })
    } catch (error) {
      payload.logger.error({ err: error }, 'Health check: database unreachable')
      res.status(503).json({ status: 'error', database: 'unreachable' })
    }
  }
}

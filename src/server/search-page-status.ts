import type { RequestHandler } from 'express'

import { getSearchEngine } from '@/search/engine'

/**
 * The search page shows its Vietnamese "temporarily interrupted" message itself when the engine
 * cannot answer (src/site/data/search.ts), but Next would send it as 200: crawlers would index
 * an outage and monitors would miss it. This sets 503 with Retry-After before Next renders the
 * page (the API endpoint answers 503 on its own). The health check is one cheap engine query.
 */
export function searchPageStatus(): RequestHandler {
  return (req, res, next) => {
    if (!String(req.query.q ?? '').trim()) return next()
    getSearchEngine()
      .then(
        (engine) => engine.health(),
        () => false,
      )
      .then((healthy) => {
        if (!healthy) res.status(503).setHeader('Retry-After', '60')
        next()
      }, next)
  }
}

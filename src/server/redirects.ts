import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { normalizeRedirectPath } from '@/collections/Redirects/normalize-path'
import {
  type RedirectTarget as Target,
  resolveRedirect,
} from '@/collections/Redirects/resolve-chain'
import { contentVersion } from '@/site/cache/content-version'

const SKIP = /^\/(admin|api|_next|healthz)(\/|$)/

/**
 * Applies the admin-managed redirect table before Next sees the request, so an old address
 * never reaches the 404 page. The table is loaded once per content version (any change to a
 * redirect bumps it), so a lookup is one Map access. Chains are followed to their end (one hop
 * for the reader); a ring (A→B→A, saved before the check on save existed, or imported) is
 * logged and served as if there were no redirect, instead of sending browsers round it.
 */
export function redirects(payload: Payload): RequestHandler {
  let loaded: { version: number; table: Promise<Map<string, Target>> } | null = null

  const load = async (): Promise<Map<string, Target>> => {
    const { docs } = await payload.find({
      collection: 'redirects',
      limit: 10_000,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return new Map(
      docs.map((d) => [d.from, { to: d.to, status: d.permanent === false ? 302 : 301 }]),
    )
  }

  const table = (): Promise<Map<string, Target>> => {
    const version = contentVersion()
    if (!loaded || loaded.version !== version) {
      const promise = load()
      loaded = { version, table: promise }
      promise.catch(() => (loaded = null))
    }
    return loaded.table
  }

  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SKIP.test(req.path)) return next()
    table()
      .then((map) => {
        const query = req.originalUrl.includes('?')
          ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
          : ''
        const path = normalizeRedirectPath(req.path)
        const hit = resolveRedirect((p) => map.get(p), path + query)
        if (hit.kind === 'none') return next()
        if (hit.kind === 'loop') {
          payload.logger.warn(`Redirect loop ignored: ${hit.path.join(' → ')}`)
          return next()
        }
        // The query string travels along unless the target sets its own.
        const location = hit.to.includes('?') || !query ? hit.to : hit.to + query
        res.redirect(hit.status, location)
      })
      .catch((error: unknown) => {
        payload.logger.error(
          { err: error },
          'Redirect table could not be loaded; serving without it',
        )
        next()
      })
  }
}

import type { CollectionBeforeOperationHook } from 'payload'

import { MAX_DEPTH, maxListLimit } from './limits'

interface ListArgs {
  id?: unknown
  limit?: number
  pagination?: boolean
  depth?: number
}

const LIST_OPERATIONS = new Set(['read', 'readDistinct'])

/**
 * Caps what one request can make the server read and serialise. Payload treats `limit=0` and
 * `pagination=false` as "everything" and honours any `depth`, so a single anonymous request
 * could dump a collection of 100k articles. Requests over the cap get the cap applied (the
 * answer's `limit` says so) rather than an error, so paging clients keep working.
 *
 * Applies to REST and GraphQL, and to Local API calls made on a signed-in user's behalf (the
 * admin's list views take `?limit=` from the URL). Trusted internal calls (`overrideAccess`,
 * hooks, jobs, the CLI) and the site's own anonymous Local API reads keep their limits.
 */
export const capListArgs: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const a = args as ListArgs & { overrideAccess?: boolean }
  const fromHttp = req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
  if (a.overrideAccess || !(fromHttp || req.user)) return args
  const capped: ListArgs = {}
  if (typeof a.depth === 'number' && a.depth > MAX_DEPTH) capped.depth = MAX_DEPTH
  if (LIST_OPERATIONS.has(operation) && a.id === undefined) {
    const cap = maxListLimit(req.user)
    const limit = a.limit
    const unbounded =
      a.pagination === false ||
      (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= cap))
    if (unbounded) Object.assign(capped, { limit: cap, pagination: true })
  }
  return Object.keys(capped).length ? { ...args, ...capped } : args
}

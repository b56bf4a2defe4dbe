import type { Endpoint } from 'payload'

import { searchArticles, SearchUnavailableError } from '@/search/service'
import { SearchQueryError } from '@/search/types'

import { parseSearchParams } from './parse-params'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** GET /api/search — public, rate-limited by the Express layer in front. */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const parsed = parseSearchParams(url.searchParams)
    if (!parsed.ok) return json({ errors: [{ message: parsed.message }] }, 400)
    try {
      return json(await searchArticles(parsed.query, req.payload))
    } catch (error) {
      if (error instanceof SearchQueryError)
        return json({ errors: [{ message: error.userMessage }] }, 400)
      if (error instanceof SearchUnavailableError) {
        req.payload.logger.error({ err: error.cause }, error.message)
        return json({ errors: [{ message: error.userMessage }] }, 503)
      }
      throw error
    }
  },
}

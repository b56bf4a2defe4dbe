import type { Payload } from 'payload'

import { getSearchEngine } from './engine'
import { loadSearchSettings } from './settings'
import { publishedSearchDocuments } from './sync/source'

/**
 * At server start: apply the editors' search settings, and rebuild the index when it is empty
 * but published articles exist (a fresh Meilisearch, a deleted data/search.db). Runs in the
 * background; a search outage never delays or stops the CMS.
 */
export async function prepareSearch(payload: Payload): Promise<void> {
  try {
    await loadSearchSettings(payload)
    const engine = await getSearchEngine(payload)
    const [indexed, published] = await Promise.all([
      engine.count(),
      payload.count({
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      }),
    ])
    if (indexed > 0 || published.totalDocs === 0) return
    payload.logger.warn(
      `Search index is empty but ${published.totalDocs} articles are published; rebuilding`,
    )
    const count = await engine.rebuild(publishedSearchDocuments(payload))
    payload.logger.info(`Search index rebuilt with ${count} articles`)
  } catch (error) {
    // The message says why (e.g. "Meilisearch 1.17.1 is not supported: … needs 1.18 or newer").
    payload.logger.error(
      { err: error },
      `Search engine not ready at start: ${(error as Error).message}; index jobs will retry`,
    )
  }
}

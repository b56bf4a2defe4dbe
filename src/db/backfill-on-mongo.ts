import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { backfillTaxonomyPublicUse, TAXONOMIES } from '@/collections/Articles/taxonomy-public-use'
import { backfillPublicUse } from '@/collections/Media/public-use'

import { backfillNoticeQueues } from './backfill-notice-queues'
import { localizeExistingOnMongo } from './mongo-localize'

/**
 * MongoDB gets no migrations here, so media, tags and authors that predate the `publicUse` flag
 * (which decides what anonymous readers may see) get it at start; SQLite does the same in its
 * migrations. Runs once: afterwards every such document carries the field. Fields made localised
 * for the English pages get their existing values wrapped as Vietnamese (./mongo-localize.ts).
 * Older queue notices get the queue they are for (./backfill-notice-queues.ts).
 */
export async function backfillOnMongo(payload: Payload): Promise<void> {
  // First: the public-use checks below read pages, which need their localised shape.
  const localized = await localizeExistingOnMongo(payload)
  if (localized > 0) payload.logger.info(`Localised ${localized} existing documents as Vietnamese`)
  const lacking = (collection: 'media' | 'tags' | 'authors') =>
    payload
      .count({ collection, where: { publicUse: { exists: false } }, overrideAccess: true })
      .then(({ totalDocs }) => totalDocs > 0)
  if (await lacking('media')) {
    const changed = await backfillPublicUse(payload, await createLocalReq({}, payload))
    payload.logger.info(`Backfilled public use of media (${changed} changed)`)
  }
  const taxonomy = await Promise.all(TAXONOMIES.map(lacking))
  if (taxonomy.some(Boolean)) {
    const changed = await backfillTaxonomyPublicUse(payload, await createLocalReq({}, payload))
    payload.logger.info(`Backfilled public use of tags and authors (${changed} changed)`)
  }
  const notices = await backfillNoticeQueues(payload)
  if (notices > 0) payload.logger.info(`Gave ${notices} older queue notices their queue`)
}

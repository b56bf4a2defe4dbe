import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { backfillPublicUse } from '@/collections/Media/public-use'

/**
 * MongoDB gets no migrations here, so media that predate the `publicUse` flag (which decides
 * what anonymous readers may see) get it at start; SQLite does the same in its migration.
 * Runs once: afterwards every media document carries the field.
 */
export async function backfillOnMongo(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: 'media',
    where: { publicUse: { exists: false } },
    overrideAccess: true,
  })
  if (totalDocs === 0) return
  const changed = await backfillPublicUse(payload, await createLocalReq({}, payload))
  payload.logger.info(`Backfilled public use of media (${changed} changed)`)
}

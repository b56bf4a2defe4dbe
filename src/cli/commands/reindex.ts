import type { Payload } from 'payload'

import { progressBar } from '@/cli/progress'
import { withPayload } from '@/cli/with-payload'

/**
 * `cms reindex`: refreshes the photographer index of articles (`photoCredits`) and the public-use
 * flag of tags and authors (derived data, e.g. after a restore), then rebuilds the whole search
 * index from the database. The engine builds the new index aside and swaps it
 * in, so searches keep answering from the old one until it is complete, and replays changes other
 * processes made meanwhile (engines/sqlite/rebuild-lock.ts). It queues no jobs, so it leaves the
 * queue to the server instead of draining it from a second process.
 */
export async function run(): Promise<number> {
  return withPayload(reindex, { drain: false })
}

async function reindex(payload: Payload): Promise<number> {
  const { getSearchEngine } = await import('@/search/engine')
  const { publishedSearchDocuments } = await import('@/search/sync/source')
  const { createLocalReq } = await import('payload')
  const { refreshPhotoCredits } = await import('@/collections/Articles/photo-credits')
  // The photographer index is derived data too; MongoDB runs no migrations to backfill it.
  const credits = await refreshPhotoCredits(await createLocalReq({}, payload))
  if (credits > 0) payload.logger.info(`Photo credits re-indexed on ${credits} articles.`)
  const { backfillTaxonomyPublicUse } = await import('@/collections/Articles/taxonomy-public-use')
  const flags = await backfillTaxonomyPublicUse(payload, await createLocalReq({}, payload))
  if (flags > 0) payload.logger.info(`Public use of ${flags} tags and authors corrected.`)
  const engine = await getSearchEngine(payload)
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    overrideAccess: true,
  })
  // Answered questions (hỏi đáp) share the index with the articles.
  const questions = (
    await payload.count({
      collection: 'questions',
      where: { status: { equals: 'published' } },
      overrideAccess: true,
    })
  ).totalDocs
  const bar = progressBar(`Reindexing (${engine.name})`, totalDocs + questions)
  const started = Date.now()
  const count = await engine.rebuild(publishedSearchDocuments(payload), (done) => bar.update(done))
  bar.finish(
    `Indexed ${count - questions} published articles and ${questions} answered questions in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  return 0
}

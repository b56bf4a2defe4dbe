import type { Payload } from 'payload'

import { progressBar } from '@/cli/progress'
import { withPayload } from '@/cli/with-payload'
import type { StoredArticle } from '@/search/sync/source'

/** Articles per read: pages of 200 cost no more CPU than pages of 1,000 (BENCHMARKS.md). */
const PAGE = 200

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

export async function reindex(payload: Payload): Promise<number> {
  const { getSearchEngine } = await import('@/search/engine')
  const { publishedSearchDocuments } = await import('@/search/sync/source')
  const { createLocalReq } = await import('payload')
  const { refreshPhotoCreditsOf } = await import('@/collections/Articles/photo-credits')
  const { addUsedTaxonomies, applyTaxonomyPublicUse, noneUsed } =
    await import('@/collections/Articles/taxonomy-public-use')
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
  const req = await createLocalReq({}, payload)
  // The photographer index and the tags' and authors' public-use flags are derived data too
  // (MongoDB runs no migrations to backfill them): refreshed from the pages the index read
  // reads anyway, so the archive (up to 10^6 articles, bodies included) is read once.
  let credits = 0
  const used = noneUsed()
  const onStored = async (docs: StoredArticle[]) => {
    credits += await refreshPhotoCreditsOf(req, docs)
    addUsedTaxonomies(used, docs)
  }
  const bar = progressBar(`Reindexing (${engine.name})`, totalDocs + questions)
  const started = Date.now()
  const count = await engine.rebuild(publishedSearchDocuments(payload, PAGE, onStored), (done) =>
    bar.update(done),
  )
  bar.finish(
    `Indexed ${count - questions} published articles and ${questions} answered questions in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
  if (credits > 0) payload.logger.info(`Photo credits re-indexed on ${credits} articles.`)
  const flags = await applyTaxonomyPublicUse(payload, req, used)
  if (flags > 0) payload.logger.info(`Public use of ${flags} tags and authors corrected.`)
  return 0
}

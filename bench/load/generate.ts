/**
 * Child process of the load benchmark: fills an empty data directory (DATABASE_URI,
 * SEARCH_INDEX_URL and MEDIA_DIR already point into it) with the demo taxonomy, the bench's own
 * editors and N published articles, then builds the search index in one pass as `cms reindex`
 * does. The taxonomy and users go through the Local API; the articles, ten thousand of them, are
 * written through Payload's database adapter (`payload.db`: document and its version, no hooks),
 * which costs about a third of the CPU time of `payload.create` per article, and the fields the
 * hooks would derive are filled here or rebuilt by the same backfills a restore runs.
 *
 *   node --conditions=production --import tsx bench/load/generate.ts <count>
 *
 * Articles are written in transactions of BATCH (one commit per batch). Prints one
 * JSON line with the timings on stdout.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, getPayload } from 'payload'

import { creditKey } from '@/collections/Articles/photo-uses'
import { backfillTaxonomyPublicUse } from '@/collections/Articles/taxonomy-public-use'
import { backfillPublicUse } from '@/collections/Media/public-use'
import { randomPassword } from '@/lib/password'
import { mediaIdsOf } from '@/search/sync/to-search-document'
import { seedTaxonomy } from '@/seed/seed-taxonomy'
import { recordContentChange } from '@/site/cache/shared-version'

import { type LoadArticle, loadArticles } from './article-data'
import { type BenchEditor, EDITORS_FILE } from './editors-file'

/** Defaults and hook-derived fields, since the adapter runs no hooks. */
function withDerivedFields(article: LoadArticle, credits: Map<string, string>) {
  const cover = article.coverImage
  const credit = cover ? credits.get(cover) : undefined
  return {
    ...article,
    reviewState: 'writing' as const,
    featured: false,
    firstPublishedAt: article.publishedAt,
    mediaRefs: mediaIdsOf(article),
    photoCredits: credit ? [credit] : [],
    createdAt: article.publishedAt,
    updatedAt: article.publishedAt,
  }
}

const count = Number(process.argv[2] ?? 10_000)
const EDITOR_COUNT = 4
const BATCH = 200

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
const started = Date.now()
const taxonomy = await seedTaxonomy(payload)

const editors: BenchEditor[] = []
for (let i = 1; i <= EDITOR_COUNT; i++) {
  const email = `bench-editor-${i}@load.test`
  const password = randomPassword()
  await payload.create({
    collection: 'users',
    data: { email, name: `Biên tập viên ${i}`, password, roles: ['editor', 'approver'] },
    overrideAccess: true,
  })
  editors.push({ email, password })
}
const dataDir = path.dirname(String(process.env.MEDIA_DIR))
fs.writeFileSync(path.join(dataDir, EDITORS_FILE), JSON.stringify(editors), { mode: 0o600 })

const source = loadArticles({
  categories: [...taxonomy.categories.values()],
  authors: [...taxonomy.authors.values()],
  photos: taxonomy.photos.map((p) => p.id),
})
const credits = new Map(taxonomy.photos.map((p) => [p.id, creditKey(p.credit)]))
const writeStarted = Date.now()
for (let from = 0; from < count; from += BATCH) {
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  for (let i = from; i < Math.min(count, from + BATCH); i++) {
    const data = withDerivedFields(source.article(i), credits)
    const doc = await payload.db.create({ collection: 'articles', data, req })
    await payload.db.createVersion({
      collectionSlug: 'articles',
      parent: doc.id,
      versionData: { ...data, id: doc.id },
      autosave: false,
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
      req,
    })
  }
  if (transactionID) await payload.db.commitTransaction(transactionID)
  const done = Math.min(count, from + BATCH)
  const rate = done / ((Date.now() - writeStarted) / 1000)
  process.stderr.write(`\r  ${done}/${count} articles (${rate.toFixed(0)}/s)   `)
}
process.stderr.write('\n')
const writeMs = Date.now() - writeStarted

// What the article hooks would have derived, rebuilt in bulk as after a restore.
const req = await createLocalReq({}, payload)
await backfillPublicUse(payload, req)
await backfillTaxonomyPublicUse(payload, req)
// One content change, so a server started on this data renders pages fresh.
await recordContentChange(req)

const indexStarted = Date.now()
const { getSearchEngine, closeSearchEngine } = await import('@/search/engine')
const { publishedSearchDocuments } = await import('@/search/sync/source')
const engine = await getSearchEngine()
const indexed = await engine.rebuild(publishedSearchDocuments(payload))
const indexMs = Date.now() - indexStarted
await closeSearchEngine()
await payload.destroy()
console.log(
  JSON.stringify({ articles: count, indexed, writeMs, indexMs, totalMs: Date.now() - started }),
)
process.exit(0)

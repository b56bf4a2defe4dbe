// Runs the shared contract against a real Meilisearch when MEILI_HOST is set (reported as skipped
// otherwise). Each engine gets its own throw-away index.
import { Meilisearch } from 'meilisearch'
import { afterAll, describe } from 'vitest'

import { MeilisearchEngine } from '@/search/engines/meilisearch/engine'

import { skipReason } from '../../../../helpers/skip-reason'
import { runSearchEngineContract } from '../contract'

const MEILI_REASON = 'set MEILI_HOST (and MEILI_API_KEY) to run it against a Meilisearch server'

const host = process.env.MEILI_HOST
const apiKey = process.env.MEILI_API_KEY
const prefix = `contract_${Date.now()}`
const created: string[] = []

describe.skipIf(!host)('meilisearch engine', skipReason(MEILI_REASON), () => {
  afterAll(async () => {
    const client = new Meilisearch({ host: host ?? '', apiKey })
    // Each engine also keeps <index>_meta (settings, rebuild lock, change log); a crashed
    // rebuild may leave <index>_lock behind.
    for (const uid of created) {
      for (const name of [uid, `${uid}_meta`, `${uid}_lock`]) await client.deleteIndexIfExists(name)
    }
  })

  runSearchEngineContract('meilisearch', () => {
    const indexName = `${prefix}_${created.length}`
    created.push(indexName)
    return new MeilisearchEngine({ host: host ?? '', apiKey, indexName })
  })
})

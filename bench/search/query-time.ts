/**
 * Query latency on an index built once, so two versions of the engine can be timed back to back
 * on the same file without rebuilding (a 10^5 build takes minutes):
 * `npx tsx --conditions=production bench/search/query-time.ts --db <file> --size <n>
 * [--queries 300]`. The file is built by `bench/search/profile.ts` (same seed and articles as
 * `scale.ts`); it is copied first, so the impact lists one run builds on first use are not
 * inherited by the next. Prints the same latency rows as `scale.ts` (wall and CPU, by path),
 * without the raw FTS5 reference.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'

import { compareLatency } from './compare'
import { makeDistractors } from './distractors/generate'
import { exclusions } from './distractors/mix'
import { generatedQueries } from './distractors/queries'
import { DISTRACTOR_EXCLUDE, DISTRACTOR_RESERVED, FIXTURES } from './fixtures'

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    size: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '42' },
  },
})
if (!values.db) throw new Error('--db <index file> is required')
const size = Number(values.size)
const seed = Number(values.seed)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'query-time-'))
const file = path.join(dir, 'search.db')
fs.copyFileSync(values.db, file)
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')
console.log(`Query time at ${size.toLocaleString('en-US')} articles, load average ${load()}`)
const engine = new SqliteFtsEngine(`file:${file}`, { resultCache: false })
await engine.init()
const corpus = makeDistractors({
  seed,
  count: size,
  exclude: exclusions(FIXTURES, DISTRACTOR_EXCLUDE),
  reserved: DISTRACTOR_RESERVED,
})
const c = await compareLatency(engine, null, generatedQueries(corpus, size, Number(values.queries)))
console.log(c.lines.join('\n'))
console.log(`Load average at the end: ${load()}`)
await engine.close()
fs.rmSync(dir, { recursive: true, force: true })

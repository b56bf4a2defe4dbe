/**
 * Lists an existing index's common words as this version's rebuild does (impact-lists.ts
 * warmLists, WARM_DEPTH deep), in place, so an index file built once by `profile.ts` can be timed
 * with the lists a rebuild by this version would leave, without rebuilding 10^5 articles:
 * `npx tsx --conditions=production bench/search/rewarm.ts --db <file>`. Only the impact tables
 * change; the words' lists are a function of the indexed rows, so they are the rebuild's.
 */
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'

import { warmLists } from '@/search/engines/sqlite/impact-lists'
import { LIVE } from '@/search/engines/sqlite/schema'

const { values } = parseArgs({ options: { db: { type: 'string' } } })
if (!values.db) throw new Error('--db <index file> is required')
const client = createClient({ url: `file:${values.db}` })
const c = process.cpuUsage()
const n = await warmLists(client, LIVE, (s) => s)
const d = process.cpuUsage(c)
console.log(`listed ${n} words in ${((d.user + d.system) / 1e6).toFixed(1)} CPU-s`)
client.close()

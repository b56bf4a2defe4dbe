/**
 * Makes a large CMS database for timing `cms reindex` (issue 13 §6):
 * `npx tsx bench/search/grow-cms-db.ts --from <cms.db> --to <cms.db> --size 100000`. Creating
 * 10^5–10^6 articles through Payload takes hours on this machine, so this copies a database the
 * load benchmark filled through Payload (bench/load, cached under $TMPDIR/portal-load-data/) and
 * repeats its articles in SQL until there are `--size`: each copy k gets ids with the prefix
 * `z` + k (no clash with the uuids' hex), slugs suffixed `-k` and publication dates k × 400 days
 * earlier, with the same bodies, relationships (authors, categories, tags, photos) and photo
 * credits. Only the live tables `cms reindex` reads are copied (not versions). Bench data only:
 * the copies share text with their originals, so relevance figures from it mean nothing.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    size: { type: 'string', default: '100000' },
  },
})
if (!values.from || !values.to) throw new Error('--from and --to are required')
fs.copyFileSync(values.from, values.to)
const db = createClient({ url: `file:${values.to}` })

const count = async (sql: string) => Number((await db.execute(sql)).rows[0]?.[0] ?? 0)
const base = await count('SELECT count(*) FROM articles')
const size = Number(values.size)
const columns = async (table: string) =>
  (await db.execute(`PRAGMA table_info(${table})`)).rows.map((r) => String(r.name))
const articleColumns = await columns('articles')
const relColumns = (await columns('articles_rels')).filter((c) => c !== 'id')
const textColumns = (await columns('articles_texts')).filter((c) => c !== 'id')
const quote = (c: string) => `"${c}"`

/** An id of copy k: the first four characters replaced, so the copy sorts apart. */
const newId = (k: number, column: string) => `'z' || printf('%03x', ${k}) || substr(${column}, 5)`

await db.execute('PRAGMA journal_mode = WAL')
for (let k = 1; base * k < size; k++) {
  const take = Math.min(base, size - base * k)
  const select = articleColumns.map((c) => {
    if (c === 'id') return newId(k, 'id')
    if (c === 'slug') return `slug || '-${k}'`
    if (c === 'published_at' || c === 'first_published_at')
      return `CASE WHEN ${c} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', ${c}, '-${k * 400} days') END`
    return quote(c)
  })
  const ids = `SELECT id FROM articles WHERE id NOT LIKE 'z%' ORDER BY id LIMIT ${take}`
  await db.batch(
    [
      `INSERT INTO articles (${articleColumns.map(quote).join(', ')}) SELECT ${select.join(', ')} FROM articles WHERE id IN (${ids})`,
      `INSERT INTO articles_rels (${relColumns.map(quote).join(', ')}) SELECT ${relColumns.map((c) => (c === 'parent_id' ? newId(k, 'parent_id') : quote(c))).join(', ')} FROM articles_rels WHERE parent_id IN (${ids})`,
      `INSERT INTO articles_texts (${textColumns.map(quote).join(', ')}) SELECT ${textColumns.map((c) => (c === 'parent_id' ? newId(k, 'parent_id') : quote(c))).join(', ')} FROM articles_texts WHERE parent_id IN (${ids})`,
    ],
    'write',
  )
  process.stdout.write(`copy ${k}: ${await count('SELECT count(*) FROM articles')} articles\n`)
}
await db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
db.close()

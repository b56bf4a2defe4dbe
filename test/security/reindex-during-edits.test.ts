import { spawn } from 'node:child_process'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'
import { closeSearchEngine, getSearchEngine } from '@/search/engine'

import { bootPayload, type TestPayload } from '../helpers/payload'

/**
 * `cms reindex` in a second process while this one publishes and unpublishes (the web server's
 * role: Local API writes, index jobs run here). Afterwards the index must hold exactly the
 * published articles, and two rebuilds at once must not wreck each other's tables.
 */
const ARTICLES = 2000

let t: TestPayload
const ids: string[] = []

interface CliRun {
  code: number | null
  output: string
}

function reindex(): { done: Promise<CliRun>; running: () => boolean } {
  let exited = false
  const child = spawn('npx', ['tsx', '--conditions=production', 'src/cli/index.ts', 'reindex'], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      exited = true
      resolve({ code, output })
    })
  })
  return { done, running: () => !exited }
}

async function setStatus(id: string, status: 'published' | 'draft'): Promise<void> {
  await t.payload.update({
    collection: 'articles',
    id,
    data: { _status: status },
    draft: false,
    overrideAccess: true,
    depth: 0,
  })
}

/** Toggles random articles (and runs their index jobs) until every rebuild has finished. */
async function editWhile(running: () => boolean, status: Map<string, string>): Promise<number> {
  let edits = 0
  let seed = 7
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  while (running()) {
    // libsql answers synchronously: without a macrotask turn the child's exit is never seen.
    await new Promise((resolve) => setImmediate(resolve))
    const id = ids[Math.floor(random() * ids.length)] as string
    const next = status.get(id) === 'published' ? 'draft' : 'published'
    await setStatus(id, next)
    status.set(id, next)
    edits++
    if (edits % 5 === 0) await t.payload.jobs.run({ limit: 100, queue: 'default' })
  }
  await drainJobs(t.payload)
  return edits
}

async function publishedIds(): Promise<string[]> {
  const { docs } = await t.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: {},
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((d) => d.id).sort()
}

async function indexedIds(): Promise<string[]> {
  const client = createClient({ url: process.env.SEARCH_INDEX_URL as string })
  try {
    const res = await client.execute('SELECT id FROM search_docs')
    return res.rows.map((r) => String(r.id)).sort()
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  t = await bootPayload('reindex-edits')
  const started = Date.now()
  for (let i = 0; i < ARTICLES; i++) {
    const doc = await t.payload.create({
      collection: 'articles',
      data: {
        title: `Bài ${i} hội nghị quán triệt nghị quyết`,
        kind: 'news',
        _status: 'published',
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      },
      overrideAccess: true,
      depth: 0,
    })
    ids.push(doc.id)
  }
  // The first rebuild below indexes them; their queued jobs are not needed.
  await t.payload.delete({ collection: 'payload-jobs', where: {}, overrideAccess: true })
  console.log(`created ${ARTICLES} articles in ${Date.now() - started} ms`)
}, 900_000)

afterAll(async () => {
  await closeSearchEngine()
  await t?.cleanup()
})

describe('cms reindex while the site is being edited', () => {
  it('keeps every change made during the rebuild', async () => {
    const status = new Map(ids.map((id) => [id, 'published']))
    const run = reindex()
    const edits = await editWhile(run.running, status)
    const result = await run.done
    expect(result.code, result.output).toBe(0)
    expect(edits).toBeGreaterThan(20)
    const published = await publishedIds()
    expect(published.length).toBeLessThan(ARTICLES)
    expect(await indexedIds()).toEqual(published)
    // Through the engine: an unpublished article is not found, a published one is.
    const engine = await getSearchEngine()
    const hidden = ids.find((id) => status.get(id) === 'draft') as string
    const shown = ids.find((id) => status.get(id) === 'published') as string
    const hitsFor = async (id: string) => {
      const n = ids.indexOf(id)
      const res = await engine.search({ q: `Bài ${n} hội nghị`, limit: 50 })
      return res.hits.map((h) => h.id)
    }
    expect(await hitsFor(hidden)).not.toContain(hidden)
    expect(await hitsFor(shown)).toContain(shown)
  }, 600_000)

  it('two rebuilds at once neither fail nor corrupt the index', async () => {
    const status = new Map<string, string>()
    for (const id of ids) status.set(id, 'draft')
    for (const id of await publishedIds()) status.set(id, 'published')
    const first = reindex()
    const second = reindex()
    const edits = await editWhile(() => first.running() || second.running(), status)
    const [a, b] = await Promise.all([first.done, second.done])
    expect(a.code, a.output).toBe(0)
    expect(b.code, b.output).toBe(0)
    expect(edits).toBeGreaterThan(20)
    expect(await indexedIds()).toEqual(await publishedIds())
  }, 900_000)
})

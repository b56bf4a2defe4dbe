// `cms reindex` on Meilisearch while another process writes (issue 10 item 13), against the fake
// server: two engine instances share nothing but the server, as the CLI and the web process do.
import { describe, expect, it } from 'vitest'

import type { SearchDocument } from '@/search/types'

import { ARTICLES, byId } from '../../../../fixtures/search/articles'
import { startMeiliWriter } from '../../../../helpers/meili-writer'
import { useFakeMeilisearch } from './fake-server'

const { server, engine: makeEngine } = useFakeMeilisearch()

/** The CMS database: published articles by id. */
type Db = Map<string, SearchDocument>

/** Pages by key like sync/source.ts; `onPage` runs after a page is read, before it is indexed. */
async function* keyPaged(
  db: Db,
  onPage: (n: number) => Promise<void> = async () => undefined,
): AsyncGenerator<SearchDocument[]> {
  let last = ''
  for (let n = 0; ; n++) {
    const page = [...db.values()]
      .filter((d) => d.id > last)
      .sort((a, b) => a.id.localeCompare(b.id))
      .slice(0, 3)
    if (page.length === 0) return
    last = page.at(-1)?.id ?? last
    await onPage(n)
    yield page
  }
}

const liveIds = () =>
  server
    .docs('articles')
    .map((d) => String(d.sourceId))
    .sort()

async function setUp(): Promise<{ db: Db; web: ReturnType<typeof makeEngine> }> {
  const db: Db = new Map(ARTICLES.slice(0, 8).map((a) => [a.id, a]))
  const web = makeEngine()
  await web.init()
  await web.upsert([...db.values()])
  return { db, web }
}

describe('meilisearch engine: rebuild during edits by another process', () => {
  it('ends with exactly the published set when another process publishes and unpublishes', async () => {
    const { db, web } = await setUp()
    const publish = async (doc: SearchDocument) => {
      db.set(doc.id, doc)
      await web.upsert([doc])
    }
    const unpublish = async (id: string) => {
      db.delete(id)
      await web.remove([id])
    }
    const builder = makeEngine()
    await builder.rebuild(
      keyPaged(db, async (n) => {
        if (n !== 1) return
        await unpublish('a1') // already copied into the new index
        await unpublish('a8') // not read yet
        await publish({ ...byId('a13'), id: 'a0', slug: 'a0' }) // behind the paging key
      }),
    )
    expect(liveIds()).toEqual([...db.keys()].sort())
  })

  it('keeps an edit made after its page was read and before it was indexed', async () => {
    const { db, web } = await setUp()
    const edited = { ...byId('a5'), title: 'Tiêu đề sửa trong lúc dựng chỉ mục' }
    const builder = makeEngine()
    await builder.rebuild(
      keyPaged(db, async (n) => {
        if (n !== 1) return // page 1 holds a4–a6: read with the old a5, indexed after the edit
        db.set('a5', edited)
        await web.upsert([edited])
      }),
    )
    const a5 = server.docs('articles').find((d) => d.sourceId === 'a5')
    expect(a5?.title).toBe(edited.title)
  })

  it('keeps a write that arrives just before the swap', async () => {
    const { db, web } = await setUp()
    let once = false
    server.beforeRequest = async (r) => {
      if (once || !r.path.endsWith('/swap-indexes')) return
      once = true
      await web.remove(['a2'])
      db.delete('a2')
    }
    await makeEngine().rebuild(keyPaged(db))
    expect(liveIds()).toEqual([...db.keys()].sort())
  })

  it('refuses a second rebuild while one runs, and the first still completes', async () => {
    const { db } = await setUp()
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    let reading: () => void = () => undefined
    const inside = new Promise<void>((resolve) => (reading = resolve))
    const first = makeEngine().rebuild(
      keyPaged(db, async (n) => {
        if (n !== 1) return
        reading()
        await gate
      }),
    )
    // The first rebuild is reading its second page, so it holds the lock (taken before any
    // read); a fixed wait did not promise that on a loaded machine.
    await inside
    const second = makeEngine()
    await expect(second.rebuild(keyPaged(db))).rejects.toThrow(
      /Another search index rebuild is running/,
    )
    release()
    expect(await first).toBe(db.size)
    expect(liveIds()).toEqual([...db.keys()].sort())
    expect([...server.indexes.keys()].filter((u) => u.includes('_next_'))).toEqual([])
  })

  it('takes over the lock of a rebuild that stopped beating', async () => {
    const { db } = await setUp()
    const crashed = makeEngine()
    // A rebuild that died after taking the lock: its lock index and lock document stay behind.
    let stop = false
    await crashed
      .rebuild(
        keyPaged(db, async () => {
          if (!stop) {
            stop = true
            throw new Error('crash')
          }
        }),
      )
      .catch(() => undefined)
    server.indexes.set('articles_lock', {
      createdAt: new Date(Date.now() - 600_000).toISOString(),
      updatedAt: new Date(Date.now() - 600_000).toISOString(),
      docs: new Map(),
      settings: {},
    })
    expect(await makeEngine().rebuild(keyPaged(db))).toBe(db.size)
    expect(server.indexes.has('articles_lock')).toBe(false)
  })

  it('lets exactly one of two processes take over the same stale lock', async () => {
    const { db } = await setUp()
    const stale = new Date(Date.now() - 600_000).toISOString()
    server.indexes.set('articles_lock', {
      createdAt: stale,
      updatedAt: stale,
      docs: new Map(),
      settings: {},
    })
    // Both read the stale lock before either replaces it, and the second deletes the lock only
    // after the first has re-created it: the race of two takeovers.
    let reads = 0
    let deletes = 0
    let bothRead: () => void = () => undefined
    let recreated: () => void = () => undefined
    const read = new Promise<void>((resolve) => (bothRead = resolve))
    const created = new Promise<void>((resolve) => (recreated = resolve))
    const atMost = (p: Promise<void>) =>
      Promise.race([p, new Promise((resolve) => setTimeout(resolve, 1000))])
    server.beforeRequest = async (r) => {
      if (r.method === 'GET' && r.path === '/indexes/articles_lock' && ++reads === 2) bothRead()
      const uid = (r.body as { uid?: string } | undefined)?.uid
      if (r.method === 'POST' && r.path === '/indexes' && uid === 'articles_lock' && deletes > 0) {
        setTimeout(recreated, 50)
      }
      if (r.method === 'DELETE' && r.path === '/indexes/articles_lock') {
        await atMost(++deletes === 1 ? read : created)
      }
    }
    const results = await Promise.allSettled([
      makeEngine().rebuild(keyPaged(db)),
      makeEngine().rebuild(keyPaged(db)),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((r) => r.status === 'rejected')
    expect(String(refused?.status === 'rejected' && refused.reason)).toMatch(
      /rebuild (took over|is running)/,
    )
    expect(liveIds()).toEqual([...db.keys()].sort())
  })

  it('refuses clearly when the lock vanishes while it is being inspected', async () => {
    const { db } = await setUp()
    const stale = new Date(Date.now() - 600_000).toISOString()
    server.indexes.set('articles_lock', {
      createdAt: stale,
      updatedAt: stale,
      docs: new Map(),
      settings: {},
    })
    let once = false
    server.beforeRequest = (r) => {
      // Another rebuild finished and released its lock right after our create failed.
      if (!once && r.method === 'GET' && r.path === '/indexes/articles_lock') {
        once = true
        server.indexes.delete('articles_lock')
      }
    }
    expect(await makeEngine().rebuild(keyPaged(db))).toBe(db.size)
  })

  it('takes over a stale lock even when a takeover died holding its claim', async () => {
    const { db } = await setUp()
    const stale = new Date(Date.now() - 600_000).toISOString()
    const old = { createdAt: stale, updatedAt: stale, docs: new Map(), settings: {} }
    server.indexes.set('articles_lock', old)
    server.indexes.set(`articles_lock_claim_${stale.replace(/\D/g, '')}`, {
      ...old,
      docs: new Map(),
    })
    expect(await makeEngine().rebuild(keyPaged(db))).toBe(db.size)
    expect([...server.indexes.keys()].filter((u) => u.startsWith('articles_lock'))).toEqual([])
  })

  it('does not fail a writer that unpublishes before the new index exists', async () => {
    const { db, web } = await setUp()
    let failure: unknown = null
    let once = false
    server.beforeRequest = async (r) => {
      const uid = (r.body as { uid?: string } | undefined)?.uid ?? ''
      if (once || r.method !== 'POST' || !uid.startsWith('articles_next_')) return
      once = true
      // The lock is taken, the new index not created yet.
      db.delete('a2')
      await web.remove(['a2']).catch((e: unknown) => (failure = e))
    }
    await makeEngine().rebuild(keyPaged(db))
    expect(failure).toBeNull()
    expect(liveIds()).toEqual([...db.keys()].sort())
  })

  it('leaves the live index untouched and no new index behind when a rebuild fails', async () => {
    const { db } = await setUp()
    const before = server.docs('articles')
    await expect(
      makeEngine().rebuild(
        keyPaged(db, async (n) => {
          if (n === 1) throw new Error('database went away')
        }),
      ),
    ).rejects.toThrow('database went away')
    expect(server.docs('articles')).toEqual(before)
    expect([...server.indexes.keys()].filter((u) => u.includes('_next_'))).toEqual([])
    expect(server.indexes.has('articles_lock')).toBe(false)
  })

  it('ends with exactly the published set when a second OS process publishes and unpublishes', async () => {
    const { db } = await setUp()
    const writer = startMeiliWriter(server.url)
    try {
      await makeEngine().rebuild(
        keyPaged(db, async (n) => {
          if (n !== 1) return
          db.delete('a1') // already copied into the new index
          await writer.remove('a1')
          db.delete('a8') // not read yet
          await writer.remove('a8')
          const late = { ...byId('a13'), id: 'a0', slug: 'a0' } // behind the paging key
          db.set(late.id, late)
          await writer.upsert(late)
        }),
      )
    } finally {
      await writer.close()
    }
    expect(liveIds()).toEqual([...db.keys()].sort())
  }, 30_000)

  it('never swaps in its index after another rebuild took its lock over, nor frees that lock', async () => {
    const { db } = await setUp()
    const before = server.docs('articles')
    const late = new Date().toISOString()
    await expect(
      makeEngine().rebuild(
        keyPaged(db, async (n) => {
          if (n !== 1) return
          // This rebuild stalled for over 2 minutes and another replaced its lock meanwhile.
          server.indexes.set('articles_lock', {
            createdAt: late,
            updatedAt: late,
            docs: new Map(),
            settings: {},
          })
        }),
      ),
    ).rejects.toThrow(/lost its lock/)
    expect(server.docs('articles')).toEqual(before)
    expect(server.indexes.get('articles_lock')?.createdAt).toBe(late)
  })

  it('keeps logging while the lock is held even when its beats are held up in the task queue', async () => {
    const { db, web } = await setUp()
    await makeEngine().rebuild(
      keyPaged(db, async (n) => {
        if (n !== 1) return
        // Beats are tasks too: behind a long task (a synonyms change reindexing the live
        // index) the last one that landed may be older than the stale limit.
        const doc = server.indexes.get('articles_meta')?.docs.get('rebuild')
        if (doc) doc.beat = Date.now() - 600_000
        db.delete('a2')
        await web.remove(['a2'])
      }),
    )
    expect(liveIds()).toEqual([...db.keys()].sort())
  })

  it('lets writers delete while a crashed rebuild’s lock names an index that is gone', async () => {
    const { db, web } = await setUp()
    const stale = new Date(Date.now() - 600_000).toISOString()
    server.indexes.set('articles_lock', {
      createdAt: stale,
      updatedAt: stale,
      docs: new Map(),
      settings: {},
    })
    server.indexes.get('articles_meta')?.docs.set('rebuild', {
      id: 'rebuild',
      token: 't',
      target: 'articles_next_1',
      beat: Date.parse(stale),
      startedAt: stale,
      lockCreatedAt: stale,
    })
    db.delete('a2')
    await web.remove(['a2'])
    expect(liveIds()).toEqual([...db.keys()].sort())
    // The next rebuild takes the crashed one's lock over and cleans up.
    expect(await makeEngine().rebuild(keyPaged(db))).toBe(db.size)
    expect([...server.indexes.keys()].filter((u) => u.includes('_next_'))).toEqual([])
  })
})

// Makes `cms reindex` on Meilisearch safe while another process (the web server's index jobs, a
// second reindex) writes, like engines/sqlite/rebuild-lock.ts does for the embedded index:
// - Mutual exclusion: the rebuild creates the index `<live>_lock`. Index creation is atomic in
//   Meilisearch (the second create fails with index_already_exists) and nothing else ever
//   writes to that index, so it cannot be re-created by a late writer. A second rebuild refuses
//   with a clear message; a lock whose heartbeat stopped for STALE_LOCK_MS (a crashed rebuild)
//   is taken over by one process only: it must first create the claim index named after the
//   stale lock's creation time (the same atomic create serves as compare-and-set, see takeOver).
// - The lock document `rebuild` in the always-present `<live>_meta` index names the new index,
//   written once that index exists.
//   Every writer reads it before writing; while it is there (fresh, or its lock index still the
//   one it names: beats may land late behind long tasks) the writer first records
//   the document's new state in the change log (documents `chg-<id>` of the meta index), then
//   writes the new index, then the live one.
// - Before the swap and once more after it, the rebuild replays the change log until a full
//   read finds nothing it has not applied: a page read from the database before an edit and
//   uploaded after it is corrected, and a writer that logs after the last read writes the
//   (swapped-in) live index itself, after the replay's last write.
import { randomUUID } from 'node:crypto'

import type { Index, Meilisearch } from 'meilisearch'

import type { SearchDocument } from '@/search/types'

import { meiliId } from './documents'
import { isApiError, settle } from './tasks'

export const STALE_LOCK_MS = 120_000
const LOCK_DOC = 'rebuild'
const CHANGE_PREFIX = 'chg-'
const PAGE = 1000
const MAX_REPLAY_ROUNDS = 20

export interface RebuildLock {
  id: typeof LOCK_DOC
  token: string
  target: string
  beat: number
  startedAt: string
  /** Creation time of the lock index this rebuild created: what tells its lock from a successor's. */
  lockCreatedAt: string
}

interface ChangeEntry {
  id: string
  sourceId: string
  /** JSON of the SearchDocument, or null when it was removed. */
  doc: string | null
  /** Unique per write, so a replay can tell a new write of the same state from the last one. */
  v: string
}

/** The editors' analyzer settings as JSON (engine.ts). */
export interface SettingsEntry {
  id: string
  value: string
}

type MetaDoc = RebuildLock | ChangeEntry | SettingsEntry

export class RebuildCoordinator {
  constructor(
    private readonly client: Meilisearch,
    private readonly live: string,
  ) {}

  get metaUid(): string {
    return `${this.live}_meta`
  }

  get lockUid(): string {
    return `${this.live}_lock`
  }

  /** Prefix of the indexes rebuilds fill; leftovers of crashed rebuilds are dropped by the next. */
  get targetPrefix(): string {
    return `${this.live}_next_`
  }

  meta(): Index<MetaDoc> {
    return this.client.index<MetaDoc>(this.metaUid)
  }

  /**
   * The running rebuild anywhere, or null. A lock whose last beat is old still counts while the
   * lock index it names is there: beats are tasks, and behind a long one (a synonyms change
   * reindexing the live index) they land late, while a writer that stopped logging then would
   * lose its change at the swap. A crashed rebuild's lock thus keeps writers logging and writing
   * its abandoned index until the next rebuild takes over: a few writes, nothing lost.
   */
  async active(now = Date.now()): Promise<RebuildLock | null> {
    const lock = await this.lockDoc()
    if (!lock) return null
    if (now - lock.beat < STALE_LOCK_MS) return lock
    const held = lock.lockCreatedAt && (await this.lockInfo())?.createdAt === lock.lockCreatedAt
    return held ? lock : null
  }

  private async lockDoc(): Promise<RebuildLock | null> {
    try {
      const doc = await this.meta().getDocument(LOCK_DOC)
      return 'token' in doc ? doc : null
    } catch (error) {
      if (isApiError(error, 'document_not_found') || isApiError(error, 'index_not_found')) {
        return null
      }
      throw error
    }
  }

  /** Records the new state of documents (null = removed) for the running rebuild's replay. */
  async log(ids: string[], docs: Array<SearchDocument | null>): Promise<void> {
    const entries: ChangeEntry[] = ids.map((sourceId, i) => ({
      id: `${CHANGE_PREFIX}${meiliId(sourceId)}`,
      sourceId,
      doc: docs[i] ? JSON.stringify(docs[i]) : null,
      v: randomUUID(),
    }))
    if (entries.length > 0) await settle(this.meta().addDocuments(entries, { primaryKey: 'id' }))
  }

  /**
   * Takes the lock for a rebuild into `target`, or throws a clear error while another live
   * rebuild holds it. Clears a change log left by an earlier rebuild; the caller announces the
   * rebuild with beat() once `target` exists.
   */
  async acquire(target: string, now = Date.now()): Promise<RebuildLock> {
    for (let attempt = 0; ; attempt++) {
      if (await settle(this.client.createIndex(this.lockUid), 'index_already_exists')) break
      const info = await this.lockInfo()
      // Released between our create and this read: try again (a few times, then say so).
      if (!info) {
        if (attempt < 3) continue
        throw new Error('The search index rebuild lock keeps changing hands; try again')
      }
      const lock = await this.lockDoc()
      const heard = Math.max(lock?.beat ?? 0, Date.parse(info.createdAt) || 0)
      if (now - heard < STALE_LOCK_MS) {
        throw new Error(
          `Another search index rebuild is running (since ${lock?.startedAt ?? info.createdAt}); ` +
            'wait for it to finish and try again',
        )
      }
      if (await this.takeOver(info.createdAt, now)) break
      if (attempt >= 3)
        throw new Error('The search index rebuild lock keeps changing hands; try again')
    }
    const created = await this.lockInfo()
    if (!created) throw new Error('The search index rebuild lock vanished; try again')
    await this.clearChanges()
    const lock: RebuildLock = {
      id: LOCK_DOC,
      token: randomUUID(),
      target,
      beat: now,
      startedAt: new Date(now).toISOString(),
      lockCreatedAt: created.createdAt,
    }
    // Not announced yet: writers learn of the rebuild from its first beat(), once the new index
    // exists (a delete sent to a missing index fails the writer's job). That is early enough,
    // as the rebuild reads the database only after it.
    return lock
  }

  /** The lock index's creation time (which tells one lock from the next), or null when absent. */
  private async lockInfo(): Promise<{ createdAt: string } | null> {
    try {
      return await this.client.index(this.lockUid).getRawInfo()
    } catch (error) {
      if (isApiError(error, 'index_not_found')) return null
      throw error
    }
  }

  /**
   * Replaces a crashed rebuild's lock, identified by its creation time. Creating the claim index
   * `<live>_lock_claim_<time>` is the compare-and-set: Meilisearch runs index creations in task
   * order and fails every one after the first with index_already_exists, so one process alone may
   * replace that lock. The claim is dropped once the lock is replaced; a process that still
   * claims the old lock afterwards sees by re-reading that the lock is no longer the stale one.
   * A claim left by a process that died in these few requests is dropped once it is as old as a
   * stale lock, and false is returned so the caller tries again.
   */
  private async takeOver(staleCreatedAt: string, now: number): Promise<boolean> {
    const lost = () =>
      new Error('Another search index rebuild took over the stale lock first; try again')
    const claim = `${this.lockUid}_claim_${staleCreatedAt.replace(/\D/g, '')}`
    if (!(await settle(this.client.createIndex(claim), 'index_already_exists'))) {
      const held = await this.client
        .index(claim)
        .getRawInfo()
        .catch(() => null)
      if (held && now - (Date.parse(held.createdAt) || 0) < STALE_LOCK_MS) throw lost()
      await settle(this.client.deleteIndex(claim), 'index_not_found')
      return false
    }
    try {
      if ((await this.lockInfo())?.createdAt !== staleCreatedAt) throw lost()
      await settle(this.client.deleteIndex(this.lockUid), 'index_not_found')
      if (!(await settle(this.client.createIndex(this.lockUid), 'index_already_exists'))) {
        throw lost()
      }
    } finally {
      await settle(this.client.deleteIndex(claim), 'index_not_found').catch(() => undefined)
    }
    return true
  }

  /**
   * Throws when the lock index is no longer the one this rebuild created: it stalled past
   * STALE_LOCK_MS and another rebuild took over, so its index must not be swapped in.
   */
  async assertHeld(lock: RebuildLock): Promise<void> {
    if ((await this.lockInfo())?.createdAt !== lock.lockCreatedAt) {
      throw new Error(
        'This search index rebuild lost its lock to another one (it made no progress for ' +
          `${STALE_LOCK_MS / 60_000} minutes); its work was discarded — run it again if needed`,
      )
    }
  }

  async beat(lock: RebuildLock): Promise<void> {
    await this.assertHeld(lock)
    lock.beat = Date.now()
    await settle(this.meta().addDocuments([lock], { primaryKey: 'id' }))
  }

  /** All change entries, paged (the log holds one entry per changed document). */
  private async changes(): Promise<ChangeEntry[]> {
    const out: ChangeEntry[] = []
    for (let offset = 0; ; offset += PAGE) {
      const { results } = await this.meta().getDocuments({ offset, limit: PAGE })
      for (const d of results) {
        if (d.id.startsWith(CHANGE_PREFIX) && 'v' in d && 'sourceId' in d) out.push(d)
      }
      if (results.length < PAGE) return out
    }
  }

  /**
   * Applies logged changes not applied yet (by `v`) until a full read finds none. `applied`
   * carries over from the replay before the swap to the one after it.
   */
  async replay(
    applied: Map<string, string>,
    apply: (upserts: SearchDocument[], removes: string[]) => Promise<void>,
    force = false,
  ): Promise<void> {
    for (let round = 0; round < MAX_REPLAY_ROUNDS; round++) {
      const fresh = (await this.changes()).filter((c) => force || applied.get(c.id) !== c.v)
      force = false
      if (fresh.length === 0) return
      const upserts = fresh.flatMap((c) => (c.doc ? [JSON.parse(c.doc) as SearchDocument] : []))
      const removes = fresh.filter((c) => c.doc === null).map((c) => c.sourceId)
      await apply(upserts, removes)
      for (const c of fresh) applied.set(c.id, c.v)
    }
    throw new Error('Search index rebuild could not catch up with concurrent changes')
  }

  private async clearChanges(): Promise<void> {
    const ids = (await this.changes()).map((c) => c.id)
    if (ids.length > 0) await settle(this.meta().deleteDocuments(ids))
  }

  /** Ends the rebuild: no lock document, no change log, no lock index (unless a successor's). */
  async release(lock: RebuildLock): Promise<void> {
    if ((await this.lockInfo())?.createdAt !== lock.lockCreatedAt) return
    await settle(this.meta().deleteDocuments([LOCK_DOC]))
    await this.clearChanges()
    await settle(this.client.deleteIndex(this.lockUid), 'index_not_found')
  }

  /** Drops indexes of crashed rebuilds (only called while holding the lock). */
  async dropLeftovers(keep: string): Promise<void> {
    const { results } = await this.client.getRawIndexes({ limit: 1000 })
    for (const { uid } of results) {
      if (uid.startsWith(this.targetPrefix) && uid !== keep) {
        await settle(this.client.deleteIndex(uid), 'index_not_found')
      }
    }
  }
}

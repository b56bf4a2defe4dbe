/**
 * `cms backup` / `cms restore` end to end: an installation with the demo seed and the imported
 * corpus is backed up while a second process keeps publishing (photo + article + edit), then
 * wiped and restored. Everything acknowledged before the backup started must come back (the
 * articles, their versions, photos with caption and credit, the files, the secret) and be
 * found by search; a corrupted snapshot, a database another process has open (even with --force)
 * and a non-empty installation are refused.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localPayload } from '../../helpers/ops/local-payload'
import { cms, installEnv, spawnTsx } from '../../helpers/ops/processes'
import { CORPUS_ABSENT, skipReason } from '../../helpers/skip-reason'

const corpus = path.resolve(process.cwd(), '../shared/corpus')
const hasCorpus = fs.existsSync(corpus)

interface Ack {
  id: string
  title: string
  media: string
  filename: string
  caption: string
  credit: string
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
const backups = path.join(dir, 'backups')
const install = path.join(dir, 'install')
const env = installEnv(install)
const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

let payload: Payload | undefined

const boot = (key: string) => localPayload(env, key)

async function shutdown(): Promise<void> {
  const { closeSearchEngine } = await import('@/search/engine')
  await closeSearchEngine()
  await payload?.destroy()
  payload = undefined
}

const acksOf = (stdout: string): Ack[] =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('ACK '))
    .map((l) => JSON.parse(l.slice(4)) as Ack)

async function waitForAcks(read: () => string, count: number, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (acksOf(read()).length < count) {
    if (Date.now() > deadline) throw new Error(`publisher acknowledged fewer than ${count}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

afterAll(async () => {
  await shutdown()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!hasCorpus)('cms backup and restore', skipReason(CORPUS_ABSENT), () => {
  let acked: Ack[] = []
  let before: Map<string, { title: string; versions: number; status: string }>
  let snapshot = ''
  let secret = ''

  beforeAll(async () => {
    fs.mkdirSync(install, { recursive: true })
    secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(path.join(install, '.payload-secret'), secret, { mode: 0o600 })
    payload = await boot('backup-before')
    const { seedDemo } = await import('@/seed')
    await seedDemo(payload)
    const { importPaths } = await import('@/import/run')
    const report = await importPaths(payload, [corpus], { status: 'published' })
    expect(report.summary.failed).toBe(0)

    // A second process publishes throughout the backup.
    const publisher = spawnTsx(['test/helpers/ops/publisher.ts'], env)
    try {
      await waitForAcks(publisher.stdout, 3)
      acked = acksOf(publisher.stdout())
      const backup = await cms(['backup', backups, '--keep', '2'], env)
      expect(backup.stderr).toContain('Backup written')
      expect(backup.code).toBe(0)
      snapshot = backup.stdout.trim()
      // The writer kept going during and after the backup.
      await waitForAcks(publisher.stdout, acked.length + 2)
    } finally {
      publisher.proc.kill('SIGTERM')
      await publisher.exited
    }
    expect(acked.length).toBeGreaterThanOrEqual(3)

    const { docs } = await payload.find({
      collection: 'articles',
      limit: 0,
      depth: 0,
      overrideAccess: true,
      where: { id: { not_in: acksOf(publisher.stdout()).map((a) => a.id) } },
    })
    // Seeded, imported and acknowledged-before-backup articles: all must come back.
    const expected = [...docs.map((d) => d.id), ...acked.map((a) => a.id)]
    before = new Map()
    for (const id of expected) {
      const doc = await payload.findByID({ collection: 'articles', id, overrideAccess: true })
      const versions = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        limit: 0,
        overrideAccess: true,
      })
      before.set(id, { title: doc.title, versions: versions.totalDocs, status: doc._status ?? '' })
    }
  })

  it('writes a snapshot with a manifest of checksums, counts and migration level', () => {
    expect(snapshot.startsWith(backups)).toBe(true)
    const manifest = JSON.parse(fs.readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
    expect(manifest.database.adapter).toBe('sqlite')
    expect(manifest.database.migration.latest).toMatch(/^\d{8}_\d{6}_/)
    expect(manifest.database.counts.articles).toBeGreaterThanOrEqual(before.size)
    expect(manifest.app.version).toBeTruthy()
    for (const f of manifest.files as { path: string; sha256: string }[])
      expect(sha(path.join(snapshot, f.path))).toBe(f.sha256)
    expect(fs.statSync(snapshot).mode & 0o077).toBe(0)
  })

  it('refuses a corrupted snapshot, a database another process has open and one with data', async () => {
    const corrupt = path.join(dir, 'corrupt')
    fs.cpSync(snapshot, corrupt, { recursive: true })
    const photo = path.join(corrupt, 'media', acked[0]!.filename)
    const bytes = fs.readFileSync(photo)
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1)
    fs.writeFileSync(photo, bytes)
    const bad = await cms(['restore', corrupt, '--force'], env)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(`checksum mismatch or missing file: media/${acked[0]!.filename}`)

    // This test's own Payload has the installation's database open, as a running server would:
    // not even --force may restore under it.
    const held = await cms(['restore', snapshot, '--force'], env)
    expect(held.code).toBe(1)
    expect(held.stderr).toContain(
      `${env.DATABASE_URI?.slice('file:'.length)} is open in another process`,
    )
    expect(held.stderr).not.toContain('Files restored')

    // An installation with data that no process has open: refused for its data, without --force.
    const idle = path.join(dir, 'idle')
    fs.mkdirSync(idle)
    const manifest = JSON.parse(fs.readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
    fs.copyFileSync(path.join(snapshot, manifest.database.file), path.join(idle, 'cms.db'))
    const busy = await cms(['restore', snapshot], installEnv(idle))
    expect(busy.code).toBe(1)
    expect(busy.stderr).toContain('Refusing to overwrite')
    expect(busy.stderr).not.toContain('open in another process')
  })

  it('wiped and restored, brings back every acknowledged article, version and photo, searchable', async () => {
    await shutdown()
    for (const name of fs.readdirSync(install))
      fs.rmSync(path.join(install, name), { recursive: true, force: true })

    const restored = await cms(['restore', backups], env)
    expect(restored.stderr).toContain('search index rebuilt')
    expect(restored.code).toBe(0)
    expect(fs.readFileSync(path.join(install, '.payload-secret'), 'utf8')).toBe(secret)

    payload = await boot('backup-after')
    for (const [id, was] of before) {
      const doc = await payload.findByID({ collection: 'articles', id, overrideAccess: true })
      expect(doc.title).toBe(was.title)
      expect(doc._status).toBe(was.status)
      const versions = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        limit: 0,
        overrideAccess: true,
      })
      expect(versions.totalDocs, `versions of ${was.title}`).toBe(was.versions)
    }
    for (const ack of acked) {
      const media = await payload.findByID({
        collection: 'media',
        id: ack.media,
        overrideAccess: true,
      })
      expect(media.caption).toBe(ack.caption)
      expect(media.credit).toBe(ack.credit)
      const file = path.join(install, 'media', ack.filename)
      expect(fs.statSync(file).size).toBe(media.filesize)
      for (const size of Object.values(media.sizes ?? {}))
        if (size?.filename)
          expect(fs.existsSync(path.join(install, 'media', size.filename))).toBe(true)
    }

    const { getSearchEngine } = await import('@/search/engine')
    const engine = await getSearchEngine()
    const published = [...before].filter(([, was]) => was.status === 'published')
    expect(await engine.count()).toBeGreaterThanOrEqual(published.length)
    for (const [id, was] of published) {
      const result = await engine.search({ q: was.title, limit: 50 })
      expect(
        result.hits.map((h) => h.id),
        `search for "${was.title}"`,
      ).toContain(id)
    }
  })

  it('--keep N removes all but the N newest snapshots', async () => {
    for (let i = 0; i < 2; i++)
      expect((await cms(['backup', backups, '--keep', '2'], env)).code).toBe(0)
    const left = fs.readdirSync(backups).sort()
    expect(left).toHaveLength(2)
    expect(left).not.toContain(path.basename(snapshot))
  })
})

/**
 * kill -9 of the production server (a separate process) in the middle of a burst of 50
 * publishes from several editors, while `cms import` runs (killed too, as in a machine crash).
 * After a restart: every save that got a 2xx is there, published articles become searchable
 * without a manual reindex (interrupted index jobs resume), no file without a media record is
 * served (a half-written upload), and a re-run of the import completes with nothing duplicated.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureBuild } from '../../helpers/e2e/server'
import { editorTokens, publish, type Published, searchFinds } from '../../helpers/ops/editors'
import { localPayload, mediaFileNames } from '../../helpers/ops/local-payload'
import {
  cms,
  freePort,
  installEnv,
  type ServerChild,
  spawnTsx,
  startServerProcess,
} from '../../helpers/ops/processes'
import { CORPUS_ABSENT, skipReason } from '../../helpers/skip-reason'

const corpus = path.resolve(process.cwd(), '../shared/corpus')
const hasCorpus = fs.existsSync(corpus)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-crash-'))
// Jobs every second so the test does not wait for the default 10 s tick.
const env = installEnv(dir, { JOBS_CRON: '* * * * * *' })
const BURST = 50

let payload: Payload
let server: ServerChild | undefined
const acked: Published[] = []
let importWasMidway = false

const imported = async () =>
  (
    await payload.count({
      collection: 'articles',
      where: { 'import.sourcePath': { exists: true } },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  ensureBuild()
  fs.writeFileSync(path.join(dir, '.payload-secret'), crypto.randomBytes(32).toString('hex'))
  payload = await localPayload(env, 'crash')
  const port = await freePort()
  server = await startServerProcess(env, port)
  const tokens = await editorTokens(payload, server.url, 3)

  const importer = spawnTsx(['src/cli/index.ts', 'import', corpus], env)
  let next = 0
  const worker = async (token: string) => {
    for (let n = next++; n < BURST; n = next++) {
      try {
        acked.push(await publish(server!.url, token, n, n % 5 === 0))
      } catch {
        return // the server is gone: what was not acknowledged may or may not be there
      }
    }
  }
  // Two workers per editor: six requests in flight, a photo upload every fifth publish.
  const burst = Promise.all(tokens.flatMap((t) => [worker(t), worker(t)]))
  const deadline = Date.now() + 120_000
  for (;;) {
    const written = hasCorpus ? await imported() : 1
    if (acked.length >= 15 && written > 0) {
      importWasMidway = importer.proc.exitCode === null
      break
    }
    if (Date.now() > deadline) throw new Error(`burst too slow: ${acked.length} acknowledged`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  server.proc.kill('SIGKILL')
  importer.proc.kill('SIGKILL')
  await Promise.all([server.exited, importer.exited, burst])
  console.log(
    `killed after ${acked.length}/${BURST} acknowledged publishes; import ${importWasMidway ? 'was still running' : 'had already finished'}`,
  )
  server = await startServerProcess(env, port)
})

afterAll(async () => {
  server?.proc.kill('SIGKILL')
  await server?.exited
  const { closeSearchEngine } = await import('@/search/engine')
  await closeSearchEngine()
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!hasCorpus)(
  'kill -9 during publishes and an import',
  skipReason(CORPUS_ABSENT),
  () => {
    it('keeps every acknowledged publish and photo', async () => {
      expect(acked.length).toBeGreaterThanOrEqual(15)
      expect(acked.length).toBeLessThan(BURST)
      for (const a of acked) {
        const doc = await payload.findByID({
          collection: 'articles',
          id: a.id,
          overrideAccess: true,
        })
        expect(doc.title).toBe(a.title)
        expect(doc._status).toBe('published')
        if (!a.media) continue
        const media = await payload.findByID({
          collection: 'media',
          id: a.media.id,
          overrideAccess: true,
        })
        expect([media.caption, media.credit]).toEqual([a.media.caption, a.media.credit])
        const res = await fetch(`${server!.url}/api/media/file/${a.media.filename}`)
        expect(res.status).toBe(200)
        expect((await res.arrayBuffer()).byteLength).toBe(media.filesize)
      }
    })

    it('makes them searchable without a reindex: the interrupted index jobs resume', async () => {
      const pending = [...acked]
      const deadline = Date.now() + 90_000
      while (pending.length && Date.now() < deadline) {
        const a = pending[0]!
        if (await searchFinds(server!.url, a.title, a.id)) pending.shift()
        else await new Promise((resolve) => setTimeout(resolve, 500))
      }
      expect(pending.map((a) => a.title)).toEqual([])
    })

    it('serves no media file that no record names (a half-written upload)', async () => {
      const mediaDir = path.join(dir, 'media')
      const names = await mediaFileNames(payload)
      // What a kill in the middle of writing an upload leaves: half a JPEG, no record.
      const whole = await fs.promises.readFile(path.join(mediaDir, [...names][0]!))
      const planted = 'anh-dang-ghi-do.jpg'
      await fs.promises.writeFile(path.join(mediaDir, planted), whole.subarray(0, whole.length / 2))
      const onDisk = await fs.promises.readdir(mediaDir)
      expect(onDisk).toContain(planted)
      // Readers get the photos published articles use; a photo whose publish the kill cut off is
      // recorded but still staff-only (404 to them too, by design), so only public ones expect 200.
      const publicNames = await mediaFileNames(payload, 'public')
      expect(publicNames.size).toBeGreaterThan(0)
      for (const name of onDisk) {
        const res = await fetch(`${server!.url}/api/media/file/${encodeURIComponent(name)}`)
        await res.arrayBuffer()
        expect(`${name} ${res.status}`).toBe(`${name} ${publicNames.has(name) ? 200 : 404}`)
      }
    })

    it('re-running the import completes and duplicates nothing', async () => {
      const rerun = await cms(['import', corpus, '--json'], env)
      expect(rerun.code, rerun.stderr).toBe(0)
      const report = JSON.parse(rerun.stdout) as { files: { path: string; status: string }[] }
      const { docs } = await payload.find({
        collection: 'articles',
        where: { 'import.sourcePath': { exists: true } },
        limit: 0,
        depth: 0,
        overrideAccess: true,
      })
      const paths = docs.map((d) => d.import?.sourcePath)
      expect(new Set(paths).size).toBe(paths.length)
      const written = report.files.filter((f) => f.status !== 'duplicate' && f.status !== 'skipped')
      expect(docs).toHaveLength(written.length)
      const authors = await payload.find({ collection: 'authors', limit: 0, overrideAccess: true })
      const authorNames = authors.docs.map((a) => a.name)
      expect(new Set(authorNames).size).toBe(authorNames.length)
    })
  },
)

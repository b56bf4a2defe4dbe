import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureBuild } from '../../helpers/e2e/server'
import {
  freePort,
  generateConfig,
  hasNginx,
  NO_NGINX_MESSAGE,
  type RunningNginx,
  startNginx,
} from '../../helpers/nginx'
import { timeUntil } from '../../helpers/poll'
import { skipReason } from '../../helpers/skip-reason'
import { createUser, passwordFor } from '../../helpers/users'

/**
 * Two production server processes on one SQLite database behind nginx, as README's
 * "Several processes" section describes: process A runs the job queue (scheduled publishing,
 * search indexing: the only writer of the embedded index), process B only serves
 * (JOBS_AUTORUN=false, SEED_DEMO=false). Real child processes, so nothing is shared in memory.
 */

const visible = (html: string) => html.replace(/<!-- -->/g, '')
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function startProcess(port: number, env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/server/index.ts'],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
}

async function healthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server ${url} exited with ${child.exitCode}`)
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    if (Date.now() > deadline) throw new Error(`server ${url} did not start`)
    await wait(250)
  }
}

const stop = (child: ChildProcess | undefined) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

describe.skipIf(!hasNginx())(
  'two server processes on one database behind nginx',
  skipReason(NO_NGINX_MESSAGE),
  () => {
    const children: ChildProcess[] = []
    let nginx: RunningNginx
    let payload: Payload
    let a = ''
    let b = ''
    let base = ''
    let token = ''
    const suffix = Array.from(
      { length: 6 },
      () => 'bcdfghklmnpqrstvxz'[Math.floor(Math.random() * 18)],
    ).join('')
    const title = `Tin hai tiến trình ${suffix}`
    let articleId = ''
    let adminId = ''

    beforeAll(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-two-'))
      const env = {
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
        SEARCH_INDEX_URL: `file:${path.join(dir, 'search.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: 'two-process-test-secret',
        MEDIA_ACCEL_REDIRECT: '/_media/',
        RATE_LIMIT_API: '100000',
        RATE_LIMIT_SEARCH: '100000',
        RATE_LIMIT_LOGIN: '1000',
        JOBS_CRON: '* * * * * *',
        LOG_LEVEL: 'warn',
      }
      ensureBuild()
      const [portA, portB, portN] = [await freePort(), await freePort(), await freePort()]
      a = `http://127.0.0.1:${portA}`
      b = `http://127.0.0.1:${portB}`
      // A seeds and owns the job queue; B starts once the database is migrated and seeded.
      children.push(startProcess(portA, { ...env, SEED_DEMO: 'true', JOBS_AUTORUN: 'true' }))
      await healthy(a, children[0]!)
      children.push(startProcess(portB, { ...env, SEED_DEMO: 'false', JOBS_AUTORUN: 'false' }))
      await healthy(b, children[1]!)
      const conf = generateConfig(
        [
          '--listen',
          String(portN),
          '--upstream',
          `127.0.0.1:${portA},127.0.0.1:${portB}`,
          '--no-tls',
        ],
        // The same secret as the servers: the page-view log's key is derived from it.
        { MEDIA_DIR: env.MEDIA_DIR, PAYLOAD_SECRET: env.PAYLOAD_SECRET },
      )
      nginx = await startNginx(conf, portN)
      base = `http://127.0.0.1:${portN}`
      // The test's own Payload on the same database, only to create a user and queue a job.
      Object.assign(process.env, env, { JOBS_AUTORUN: 'false' })
      const { getPayload } = await import('payload')
      const { default: config } = await import('@payload-config')
      payload = await getPayload({ config })
      adminId = (await createUser(payload, 'admin', '-two')).id
      // About processes, not the newsroom: one admin publishes its own pieces in one request.
      await payload.updateGlobal({ slug: 'site', data: { fourEyes: false } })
      const login = await fetch(`${a}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin-two@test.vn', password: passwordFor('admin') }),
      })
      token = ((await login.json()) as { token: string }).token
    }, 900_000)

    afterAll(async () => {
      await nginx?.stop()
      await Promise.all(children.map(stop))
      await payload?.destroy()
    })

    const page = async (origin: string, p = '/') => visible(await (await fetch(origin + p)).text())

    it('serves the same portal from both processes through nginx', async () => {
      for (const origin of [a, b, base]) expect((await fetch(`${origin}/`)).status).toBe(200)
      const seen = new Set<string>()
      for (let i = 0; i < 6; i++)
        seen.add((await fetch(`${base}/api/search?q=dang`)).status.toString())
      expect([...seen]).toEqual(['200'])
    })

    it('publishes through process A, which shows it at once', async () => {
      // Both processes have the home page in their page cache before the publish.
      for (const origin of [a, b]) await page(origin)
      const res = await fetch(`${a}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title, kind: 'news', _status: 'published' }),
      })
      expect(res.status).toBe(201)
      articleId = ((await res.json()) as { doc: { id: string } }).doc.id
      await timeUntil('publish visible on process A', async () => (await page(a)).includes(title))
    })

    // B learns of A's write from the content-change row in the shared database (shared-version.ts).
    // The 2-second promise is reported as latency (a loaded 2-core machine cannot promise it).
    it('shows that publish on pages served by process B', async () => {
      expect(articleId).not.toBe('')
      await timeUntil('publish on A visible on process B', async () =>
        (await page(b)).includes(title),
      )
    })

    it('keeps one search index, written by A and read by both', async () => {
      const hits = async (origin: string) =>
        (
          (await (await fetch(`${origin}/api/search?q=${suffix}`)).json()) as {
            hits: { id: string }[]
          }
        ).hits.map((h) => h.id)
      // A's job runner indexes the article (polling every second here).
      await timeUntil('article indexed by process A', async () => (await hits(a)).length > 0)
      expect(await hits(a)).toEqual([articleId])
      expect(await hits(b)).toEqual([articleId])
      expect(
        fs
          .readdirSync(path.dirname(process.env.SEARCH_INDEX_URL!.slice(5)))
          .filter((f) => /^search.*\.db$/.test(f)),
      ).toEqual(['search.db'])
    })

    it('runs a scheduled publish exactly once', async () => {
      const draft = await fetch(`${b}/api/articles?draft=true`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title: `Lịch xuất bản ${suffix}`, kind: 'news', _status: 'draft' }),
      })
      expect(draft.status).toBe(201)
      const id = ((await draft.json()) as { doc: { id: string } }).doc.id
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        queue: 'default',
        waitUntil: new Date(Date.now() - 1000),
        // As the admin's schedule drawer queues it: with the user, whose access rules then apply.
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: id },
          user: { relationTo: 'users', value: adminId },
        },
      })
      // Payload deletes a job once it has succeeded (a failed one stays, with its error).
      const pending = async () =>
        (
          await payload.find({
            collection: 'payload-jobs',
            where: { id: { equals: job.id } },
            overrideAccess: true,
          })
        ).docs[0]
      await timeUntil('scheduled publish job done', async () => !(await pending()))
      // Give a second runner, if there were one, time to run it again.
      await wait(3000)
      const versions = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
        overrideAccess: true,
      })
      expect(versions.totalDocs).toBe(1)
      await timeUntil('scheduled publish visible on process A', async () =>
        (await page(a)).includes(`Lịch xuất bản ${suffix}`),
      )
    })
  },
)

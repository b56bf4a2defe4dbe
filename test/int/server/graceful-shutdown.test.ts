/**
 * SIGTERM to the production server (a separate process) while requests are in flight: it stops
 * accepting connections at once, answers every request it had already started (a slow photo
 * upload still arriving, several publishes), then exits by itself with code 0 within 10 s.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureBuild } from '../../helpers/e2e/server'
import { editorTokens, photoBytes } from '../../helpers/ops/editors'
import { localPayload } from '../../helpers/ops/local-payload'
import {
  freePort,
  installEnv,
  type ServerChild,
  startServerProcess,
} from '../../helpers/ops/processes'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-sigterm-'))
const env = installEnv(dir)
let payload: Payload
let server: ServerChild
let port: number
let tokens: string[]

beforeAll(async () => {
  ensureBuild()
  fs.writeFileSync(path.join(dir, '.payload-secret'), crypto.randomBytes(32).toString('hex'))
  payload = await localPayload(env, 'sigterm')
  port = await freePort()
  server = await startServerProcess(env, port)
  tokens = await editorTokens(payload, server.url, 2)
})

afterAll(async () => {
  server?.proc.kill('SIGKILL')
  await server?.exited
  await payload?.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A multipart photo upload whose body trickles in over about `ms` milliseconds. */
function slowUpload(token: string, bytes: Buffer, ms: number, onStarted: () => void) {
  const boundary = `----cms${crypto.randomBytes(8).toString('hex')}`
  const fields = JSON.stringify({
    alt: 'Ảnh tải chậm',
    caption: 'Ảnh tải chậm',
    credit: 'Minh Yến',
  })
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${fields}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tai-cham.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/media?depth=0',
        method: 'POST',
        agent: false,
        headers: {
          authorization: `JWT ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': body.length,
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d: Buffer) => (text += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    const parts = 10
    const step = Math.ceil(body.length / parts)
    let i = 0
    const tick = () => {
      req.write(body.subarray(i * step, (i + 1) * step))
      if (i === 0) onStarted()
      if (++i < parts) setTimeout(tick, ms / parts)
      else req.end()
    }
    tick()
  })
}

type PublishOutcome =
  { ok: true; id: string; title: string } | { ok: false; error: string; title: string }

/**
 * Publishes over a fresh connection (no keep-alive pool, whose reuse of a socket the server
 * has just closed would look like a cut request): its result, or the network error code.
 */
function publishFresh(token: string, n: number): Promise<PublishOutcome> {
  const title = `Tin đang gửi khi dừng máy chủ số ${n}`
  const body = JSON.stringify({ title, kind: 'news', _status: 'published' })
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/articles?depth=0',
        method: 'POST',
        agent: false,
        headers: {
          authorization: `JWT ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d: Buffer) => (text += d.toString()))
        res.on('error', (e: NodeJS.ErrnoException) =>
          resolve({ ok: false, error: e.code ?? e.message, title }),
        )
        res.on('end', () => {
          if (res.statusCode !== 201)
            return resolve({ ok: false, error: `HTTP ${res.statusCode}`, title })
          const id = (JSON.parse(text) as { doc: { id: string } }).doc.id
          resolve({ ok: true, id, title })
        })
      },
    )
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ ok: false, error: e.code ?? e.message, title }),
    )
    req.end(body)
  })
}

const refused = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })

describe('SIGTERM', () => {
  it('finishes the requests in flight, refuses new connections and exits within 10 s', async () => {
    let signalled = 0
    let publishes: Promise<PublishOutcome>[] = []
    const upload = slowUpload(tokens[0]!, await photoBytes(7), 5000, () => {
      // Once the upload is under way: a burst of publishes, and SIGTERM while they run.
      setTimeout(() => {
        publishes = Array.from({ length: 6 }, (_, n) => publishFresh(tokens[n % 2]!, n))
        setTimeout(() => {
          signalled = Date.now()
          server.proc.kill('SIGTERM')
        }, 150)
      }, 500)
    })
    let uploadDone = false
    void upload.finally(() => (uploadDone = true)).catch(() => undefined)
    // New connections are refused while the slow upload is still arriving.
    const until = Date.now() + 8000
    while (!(signalled && (await refused())) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(signalled).toBeGreaterThan(0)
    expect(await refused()).toBe(true)
    expect(uploadDone).toBe(false)

    const uploaded = await upload
    expect(uploaded.status, uploaded.body).toBe(201)
    const { code, signal } = await server.exited
    const tookMs = Date.now() - signalled
    expect({ code, signal }).toEqual({ code: 0, signal: null })
    expect(tookMs).toBeLessThan(10_000)

    const id = (JSON.parse(uploaded.body) as { doc: { id: string } }).doc.id
    const media = await payload.findByID({ collection: 'media', id, overrideAccess: true })
    expect(media.credit).toBe('Minh Yến')
    expect(fs.statSync(path.join(dir, 'media', media.filename!)).size).toBe(media.filesize)
    // Each publish was answered in full, or never reached the server: none was cut half-way.
    const results = await Promise.all(publishes)
    console.log(
      'publishes during SIGTERM:',
      JSON.stringify(results.map((r) => (r.ok ? 201 : r.error))),
    )
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0)
    for (const result of results) {
      if (result.ok) {
        const doc = await payload.findByID({
          collection: 'articles',
          id: result.id,
          overrideAccess: true,
        })
        expect(doc.title).toBe(result.title)
      } else {
        // Never reached the server: refused, or reset by the kernel because it was still in
        // the listen queue when the listener closed. Either way nothing of it was saved.
        expect(['ECONNREFUSED', 'ECONNRESET']).toContain(result.error)
        const { totalDocs } = await payload.count({
          collection: 'articles',
          where: { title: { equals: result.title } },
          overrideAccess: true,
        })
        expect(totalDocs, result.title).toBe(0)
      }
    }
  })
})

/**
 * Does the admin stay responsive while a reporter's twenty photos are processed (issue 11 §5)?
 *
 *   npx tsx --conditions=production bench/media/responsiveness.ts \
 *     [--photos 20] [--megapixels 12] [--streams 1] [--idle-seconds 20] \
 *     [--variant 'name:KEY=value,KEY=value' …]
 *
 * For each variant (environment given to the server; default: one variant with none) a
 * production server with the demo portal is started in its own process (./busy-server.ts).
 * The client then times, one request after another in turn, four things an editor's admin asks
 * for: `/healthz` (a database round trip), the articles list API (`/api/articles?limit=10`),
 * the admin's home page (`/admin`, server-rendered) and one of the admin's script files (served
 * from disk, compressed). First with the server idle, then while the photos are uploaded the
 * way the admin's bulk upload sends them (one POST after another; `--streams 2` for two
 * reporters at once). Medians and 95th percentiles per probe, busy / idle ratios, and how long
 * the photos took, as one JSON document.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import readline from 'node:readline'

import { phonePhoto } from './photo'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback
}
const photos = Number(arg('photos', '20'))
const megapixels = Number(arg('megapixels', '12'))
const streams = Number(arg('streams', '1'))
const idleSeconds = Number(arg('idle-seconds', '20'))

interface Variant {
  name: string
  env: Record<string, string>
}

const variants: Variant[] = args
  .flatMap((a, i) => (a === '--variant' && args[i + 1] ? [args[i + 1] as string] : []))
  .map((spec) => {
    const [name = 'default', pairs = ''] = spec.split(':')
    const env = Object.fromEntries(
      pairs
        .split(',')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    )
    return { name, env }
  })
if (variants.length === 0) variants.push({ name: 'default', env: {} })

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}
const round = (n: number): number => Math.round(n)

interface Server {
  url: string
  email: string
  password: string
  child: ChildProcess
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'bench/media/busy-server.ts'],
    { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const lines = readline.createInterface({ input: child.stdout! })
  for await (const line of lines) {
    if (!line.startsWith('{')) continue
    const ready = JSON.parse(line) as Omit<Server, 'child'>
    return { ...ready, child }
  }
  throw new Error('the bench server exited before it was ready')
}

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill('SIGTERM')
  await exited
}

type Probe = { name: string; run: () => Promise<void> }

async function probesFor(server: Server): Promise<{ probes: Probe[]; token: string }> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.email, password: server.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `JWT ${token}` }
  const cookie = { cookie: `payload-token=${token}`, 'accept-encoding': 'gzip' }
  const admin = await (await fetch(`${server.url}/admin`, { headers: cookie })).text()
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(admin)?.[1]
  if (!script) throw new Error('no script file found in the admin page')
  const get = async (path: string, headers: Record<string, string>) => {
    const res = await fetch(`${server.url}${path}`, { headers })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${path}: ${res.status}`)
  }
  return {
    token,
    probes: [
      { name: 'healthz', run: () => get('/healthz', {}) },
      { name: 'articlesApi', run: () => get('/api/articles?limit=10&depth=1', auth) },
      { name: 'adminPage', run: () => get('/admin', cookie) },
      { name: 'adminScript', run: () => get(script, { 'accept-encoding': 'gzip' }) },
    ],
  }
}

/** Probes in turn until `until` resolves (or for `seconds`); latencies per probe in ms. */
async function sample(
  probes: Probe[],
  until: Promise<unknown> | number,
): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = Object.fromEntries(probes.map((p) => [p.name, []]))
  let done = false
  if (typeof until === 'number') setTimeout(() => (done = true), until * 1000)
  else void until.finally(() => (done = true))
  while (!done) {
    for (const probe of probes) {
      const start = performance.now()
      await probe.run()
      times[probe.name]!.push(performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return times
}

async function upload(server: Server, token: string, photo: Buffer, n: number): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `IMG_${n}.JPG`)
  form.append('_payload', JSON.stringify({ credit: 'Bench', captionPrefix: 'Hội nghị:' }))
  const start = performance.now()
  const res = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  await res.arrayBuffer()
  if (res.status !== 201) throw new Error(`upload ${n}: ${res.status}`)
  return performance.now() - start
}

async function measure(variant: Variant, photo: Buffer) {
  const server = await startServer(variant.env)
  try {
    const { probes, token } = await probesFor(server)
    for (let i = 0; i < 5; i++) for (const probe of probes) await probe.run()
    await upload(server, token, photo, 0)
    const idle = await sample(probes, idleSeconds)
    const uploads: number[] = []
    const started = performance.now()
    let next = 1
    const stream = async () => {
      while (next <= photos) uploads.push(await upload(server, token, photo, next++))
    }
    const burst = Promise.all(Array.from({ length: streams }, stream))
    const busy = await sample(probes, burst)
    await burst
    const burstMs = performance.now() - started
    const probesOut = Object.fromEntries(
      probes.map(({ name }) => {
        const i = idle[name] ?? []
        const b = busy[name] ?? []
        return [
          name,
          {
            idleMedianMs: round(quantile(i, 0.5)),
            busyMedianMs: round(quantile(b, 0.5)),
            medianRatio: Number((quantile(b, 0.5) / quantile(i, 0.5)).toFixed(1)),
            idleP95Ms: round(quantile(i, 0.95)),
            busyP95Ms: round(quantile(b, 0.95)),
            p95Ratio: Number((quantile(b, 0.95) / quantile(i, 0.95)).toFixed(1)),
            busyMaxMs: round(Math.max(...b)),
            samples: [i.length, b.length],
          },
        ]
      }),
    )
    return {
      variant: variant.name,
      env: variant.env,
      photosMs: { total: round(burstMs), medianPerPhoto: round(quantile(uploads, 0.5)) },
      probes: probesOut,
    }
  } finally {
    await stopServer(server)
  }
}

const width = Math.round(Math.sqrt((megapixels * 1_000_000 * 4) / 3))
const height = Math.round((width * 3) / 4)
const photo = await phonePhoto({ width, height })
const results = []
for (const variant of variants) results.push(await measure(variant, photo))
console.log(
  JSON.stringify(
    {
      photo: `${width}×${height} JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB`,
      photos,
      streams,
      results,
    },
    null,
    2,
  ),
)

/**
 * What counting page views costs cached pages: requests per second for the cached home and
 * article pages with counting on and off, in one run.
 *
 *   npx tsx bench/site/views-overhead.ts [--seconds 8] [--connections 20] [--rounds 2]
 *
 * Seeds a throwaway demo database with a first server process, then starts two production
 * server processes on it, neither running the job queue: one counting (the default), one with
 * PAGE_VIEWS=off. Only one is loaded at a time, and the
 * measurements alternate off/on for --rounds rounds so drifting machine load hits both alike.
 * Requests carry a browser user agent, so every one of them is counted (autocannon sends none,
 * which the counter would skip as a bot). Target: counting costs < 10% of the throughput.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { ensureBuild } from '../../test/helpers/e2e/server'
import {
  freePort,
  installEnv,
  type ServerChild,
  startServerProcess,
} from '../../test/helpers/ops/processes'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const seconds = Number(arg('seconds', '8'))
const connections = Number(arg('connections', '20'))
const rounds = Number(arg('rounds', '2'))
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
const PAGES = {
  home: '/',
  article: '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
}

ensureBuild()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-views-bench-'))
fs.writeFileSync(path.join(dir, '.payload-secret'), crypto.randomBytes(32).toString('hex'))
const env = installEnv(dir, { LOG_LEVEL: 'error', RATE_LIMIT_PAGES: '1000000' })
const servers: ServerChild[] = []

async function measure(url: string): Promise<number> {
  const headers = { 'user-agent': BROWSER }
  const first = await fetch(url, { headers })
  await first.arrayBuffer()
  if (!first.ok) throw new Error(`${url}: HTTP ${first.status}`)
  await autocannon({ url, connections, duration: 2, headers })
  const result = await autocannon({ url, connections, duration: seconds, headers })
  if (result.errors + result.non2xx) throw new Error(`${url}: ${result.non2xx} non-2xx`)
  return result.requests.average
}

try {
  // A first process seeds the demo and stops; the two measured ones are alike but for counting
  // (neither runs the job queue, whose polling would otherwise weigh on one side only).
  const seeder = await startServerProcess({ ...env, SEED_DEMO: 'true' }, await freePort())
  seeder.proc.kill('SIGTERM')
  await seeder.exited
  const alike = { ...env, JOBS_AUTORUN: 'false' }
  const on = await startServerProcess(alike, await freePort())
  servers.push(on)
  const off = await startServerProcess({ ...alike, PAGE_VIEWS: 'off' }, await freePort())
  servers.push(off)
  console.log(
    `autocannon: ${connections} connections, ${seconds} s per measurement, ${rounds} rounds off/on, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  )
  for (const [name, p] of Object.entries(PAGES)) {
    const sums = { off: 0, on: 0 }
    for (let r = 0; r < rounds; r++) {
      const offRps = await measure(off.url + p)
      const onRps = await measure(on.url + p)
      sums.off += offRps
      sums.on += onRps
      console.log(
        `${name} round ${r + 1}: off ${offRps.toFixed(0)} req/s, on ${onRps.toFixed(0)} req/s`,
      )
    }
    const cost = (1 - sums.on / sums.off) * 100
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    )
    console.log(
      `${name.padEnd(8)} off ${(sums.off / rounds).toFixed(0)} req/s  on ${(sums.on / rounds).toFixed(0)} req/s  cost ${cost.toFixed(1)}%`,
    )
  }
} finally {
  for (const s of servers) {
    s.proc.kill('SIGTERM')
    await s.exited
  }
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)

/**
 * What counting page views costs cached pages: requests per second for the cached home and
 * article pages with counting on and off, in one run.
 *
 *   npx tsx bench/site/views-overhead.ts [--seconds 8] [--connections 20] [--rounds 2] [--same-address]
 *
 * Seeds a throwaway demo database with a first server process, then starts two production
 * server processes on it, neither running the job queue: one counting (the default), one with
 * PAGE_VIEWS=off. Only one is loaded at a time, and the
 * measurements alternate off/on for --rounds rounds so drifting machine load hits both alike.
 * Requests carry a browser user agent, so every one of them is counted (autocannon sends none,
 * which the counter would skip as a bot). Target: counting costs < 10% of the throughput.
 *
 * A view counts once per (address, path) per 30 minutes (src/site/readership/repeat-views.ts), so
 * by default every request is a new visit, the counter's worst case: each carries its own
 * X-Forwarded-For address (10.0.0.0/8, counted on across measurements, never reused in a run),
 * and both server processes run with TRUST_PROXY=1 so each takes it as the client address.
 * --same-address sends every request from one address as before: all but the first are repeats.
 *
 * Besides requests per second, each measurement reports the server process's CPU time per
 * request (user + system, from /proc/<pid>/stat, Linux only): it moves much less with other
 * work on the machine than throughput does, so the two columns together tell load noise from cost.
 * On a loaded machine neither holds at full speed (a starved server spreads its timers' CPU over
 * few requests): --rate R sends R requests a second to either side instead of as many as it takes,
 * so both serve the same requests and the CPU time per request is the comparison.
 */
import { execFileSync } from 'node:child_process'
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
const sameAddress = process.argv.includes('--same-address')
const rate = Number(arg('rate', '0'))
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
const PAGES = {
  home: '/',
  article: '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
}

ensureBuild()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-views-bench-'))
fs.writeFileSync(path.join(dir, '.payload-secret'), crypto.randomBytes(32).toString('hex'))
const env = installEnv(dir, {
  LOG_LEVEL: 'error',
  RATE_LIMIT_PAGES: '1000000',
  // Both processes alike: the forwarded address is the client address in either mode.
  TRUST_PROXY: '1',
})
const servers: ServerChild[] = []

// The next client address: 10.0.0.1, 10.0.0.2, … through 16.7 million, so none repeats in a run.
let visitor = 0
function nextAddress(): string {
  visitor = (visitor % 0xfffffe) + 1
  return `10.${visitor >>> 16}.${(visitor >>> 8) & 0xff}.${visitor & 0xff}`
}

/** autocannon options: one fixed address, or a new X-Forwarded-For on every request. */
function load(url: string, duration: number): autocannon.Options {
  const headers = { 'user-agent': BROWSER }
  const paced = rate > 0 ? { overallRate: rate } : {}
  if (sameAddress) return { url, connections, duration, headers, ...paced }
  return {
    url,
    connections,
    duration,
    headers,
    ...paced,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, 'x-forwarded-for': nextAddress() },
        }),
      },
    ],
  }
}

const TICK_US = 1e6 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())

/** CPU microseconds (user + system) the process has used so far. */
function cpuMicros(pid: number | undefined): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) * TICK_US
}

async function measure(server: ServerChild, page: string): Promise<{ rps: number; cpu: number }> {
  const url = server.url + page
  const headers: Record<string, string> = { 'user-agent': BROWSER }
  if (!sameAddress) headers['x-forwarded-for'] = nextAddress()
  const first = await fetch(url, { headers })
  await first.arrayBuffer()
  if (!first.ok) throw new Error(`${url}: HTTP ${first.status}`)
  await autocannon(load(url, 2))
  const before = cpuMicros(server.proc.pid)
  const result = await autocannon(load(url, seconds))
  const cpu = (cpuMicros(server.proc.pid) - before) / result.requests.total
  if (result.errors + result.non2xx) throw new Error(`${url}: ${result.non2xx} non-2xx`)
  return { rps: result.requests.average, cpu }
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
    sameAddress
      ? 'mode: --same-address (every request from one address: all but the first are repeat views)'
      : 'mode: every request a new visit (its own X-Forwarded-For address, TRUST_PROXY=1)',
  )
  console.log(
    `autocannon: ${connections} connections, ${rate > 0 ? `${rate} req/s, ` : ''}${seconds} s per measurement, ${rounds} rounds off/on, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  )
  for (const [name, p] of Object.entries(PAGES)) {
    const sums = { off: 0, on: 0, offCpu: 0, onCpu: 0 }
    for (let r = 0; r < rounds; r++) {
      const offRun = await measure(off, p)
      const onRun = await measure(on, p)
      sums.off += offRun.rps
      sums.on += onRun.rps
      sums.offCpu += offRun.cpu
      sums.onCpu += onRun.cpu
      console.log(
        `${name} round ${r + 1}: off ${offRun.rps.toFixed(0)} req/s, on ${onRun.rps.toFixed(0)} req/s; ` +
          `server CPU off ${offRun.cpu.toFixed(0)} µs/req, on ${onRun.cpu.toFixed(0)} µs/req`,
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
    const cpuCost = (sums.onCpu / sums.offCpu - 1) * 100
    console.log(
      `${name.padEnd(8)} server CPU off ${(sums.offCpu / rounds).toFixed(0)} µs/req  on ${(sums.onCpu / rounds).toFixed(0)} µs/req  ` +
        `(+${((sums.onCpu - sums.offCpu) / rounds).toFixed(0)} µs, ${cpuCost.toFixed(1)}%)`,
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

/**
 * What one page view costs the Node process, in CPU microseconds, without nginx or HTTP around
 * it: the answer to "where do the cycles go" when counting costs cached pages throughput.
 *
 *   npx tsx --conditions=production bench/site/view-cost.ts [--n 200000] [--rate 10000] [--seconds 5]
 *
 * 1. Breakdown: each step of a datagram's way to the tally (view-log.ts, page-view.ts,
 *    active-visitors.ts, tally.ts) run alone over --n realistic datagrams, CPU time per step.
 * 2. Receive: a child process sends realistic datagrams at --rate per second for --seconds to
 *    (a) a bare UDP socket that only counts them and (b) the real listener (`listenForViews`,
 *    trust check, key, rule, `countView`); this process's CPU time per received datagram.
 * 3. Lines: the same datagrams as newline-separated text in memory, handled like the listener
 *    handles one datagram: what a batched reader (a file nginx writes in 64 KB buffers) would pay
 *    per view beyond its reads.
 * 4. Express: the `viewCounter()` middleware around a request and its `finish` event.
 */
import { spawn } from 'node:child_process'
import dgram from 'node:dgram'
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import express, { type Request, type Response } from 'express'

import { ActiveVisitors } from '@/site/readership/active-visitors'
import { countView, viewCounter } from '@/site/readership/counter'
import type { PageView } from '@/site/readership/page-view'
import { candidatePage, countedAnswer } from '@/site/readership/page-view'
import { ViewTally } from '@/site/readership/tally'
import { vietnamDay } from '@/site/readership/vietnam-day'
import * as viewLog from '@/site/readership/view-log'
import { listenForViews, viewFromDatagram } from '@/site/readership/view-log'
import { keyMatches } from '@/site/readership/view-log-key'

const arg = (name: string, fallback: string): number => {
  const i = process.argv.indexOf(`--${name}`)
  return Number(i > 0 ? (process.argv[i + 1] ?? fallback) : fallback)
}
const N = arg('n', '200000')
const RATE = arg('rate', '10000')
const SECONDS = arg('seconds', '5')

const KEY = 'bench-view-log-key-0123456789abcdef0123456789abcdef'
// What readers look like: mostly phones, some desktops, a few crawlers (not counted).
const AGENTS = [
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 Zalo/1.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
]
const PATHS = [
  '/',
  '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
  '/bai-viet/hoi-nghi-ban-chap-hanh-dang-bo-khoi-lan-thu-muoi-hai',
  '/bai-viet/trien-khai-nghi-quyet-39-nq-tw?utm_source=zalo',
  '/chuyen-muc/tin-tuc',
  '/chuyen-muc/xay-dung-dang',
  '/lich-cong-tac',
  '/bai-viet/d%C6%B0%E1%BB%9Dng-lo%E1%BB%91i-m%E1%BB%9Bi',
]

/** A datagram as nginx's `access_log syslog:…,tag=portalview,nohostname portal_view` sends it. */
function datagram(i: number): string {
  const entry = {
    k: KEY,
    m: 'GET',
    u: PATHS[i % PATHS.length],
    s: '200',
    t: 'text/html; charset=utf-8',
    a: AGENTS[(i >> 3) % AGENTS.length],
    r: '',
    p: '',
    q: '',
    // 2,000 readers' addresses.
    ip: `203.0.${113 + ((i >> 8) % 8)}.${(i * 7) % 250}`,
  }
  return `<190>Nov 30 04:00:00 portalview: ${JSON.stringify(entry)}`
}
const TEXTS = Array.from({ length: 4096 }, (_, i) => datagram(i))
const BUFFERS = TEXTS.map((t) => Buffer.from(t))
const countedShare = TEXTS.filter((t) => viewFromDatagram(t, KEY)).length / TEXTS.length

const app = express()
app.set('trust proxy', 'loopback')
const trusted = app.get('trust proxy fn') as (address: string, hop: number) => boolean

const cpu = (): number => {
  const u = process.cpuUsage()
  return u.user + u.system
}

/** CPU microseconds per call of `step(i)` over N calls (after a warm-up). */
function perCall(step: (i: number) => unknown): number {
  let sink = 0
  for (let i = 0; i < 20_000; i++) if (step(i)) sink++
  const start = cpu()
  for (let i = 0; i < N; i++) if (step(i)) sink++
  const used = cpu() - start
  if (sink < 0) console.log(sink)
  return used / N
}

const row = (label: string, us: number, note = '') =>
  console.log(`${label.padEnd(46)} ${us.toFixed(3).padStart(7)} µs${note ? `  ${note}` : ''}`)

function breakdown() {
  console.log(`\n1. Steps of one datagram, ${N} calls each (CPU µs per call)`)
  const texts = TEXTS
  const mark = 'portalview: '
  const jsons = texts.map((t) => t.slice(t.indexOf(mark) + mark.length))
  const entries = jsons.map((j) => JSON.parse(j) as Record<string, string>)
  const at = (i: number) => i & 4095
  row(
    'decode (Buffer -> string)',
    perCall((i) => BUFFERS[at(i)]!.toString('utf8').length),
  )
  row(
    'find JSON + JSON.parse',
    perCall((i) => {
      const t = texts[at(i)]!
      return JSON.parse(t.slice(t.indexOf(mark) + mark.length)) as unknown
    }),
  )
  row(
    'key check (keyMatches)',
    perCall((i) => keyMatches(entries[at(i)]!.k, KEY)),
  )
  row(
    'path + candidatePage (countedPage)',
    perCall((i) => {
      const e = entries[at(i)]!
      const p = e.u!.split(/[?#]/, 1)[0] ?? ''
      return candidatePage(e.m!, p, { rsc: undefined, 'next-router-prefetch': undefined })
    }),
  )
  row(
    'countedAnswer (status, type, bot check)',
    perCall((i) => {
      const e = entries[at(i)]!
      return countedAnswer(Number(e.s), e.t!, e.a)
    }),
  )
  row(
    'trust check (proxy-addr, loopback)',
    perCall(() => trusted('127.0.0.1', 0)),
  )
  row(
    'vietnamDay',
    perCall((i) => vietnamDay(1_764_475_200_000 + i)),
  )
  const t0 = Date.now()
  const active = new ActiveVisitors()
  // 10,000 views a second (the clock moves 1 ms every 10 views) from the 2,000 addresses above.
  row(
    'active visitor: 2,000 readers, 10k views/s',
    perCall((i) => active.saw(entries[at(i)]!.ip!, t0 + i / 10)),
  )
  const strangers = new ActiveVisitors()
  const addresses = Array.from({ length: 65_536 }, (_, i) => `10.9.${i >> 8}.${i & 255}`)
  row(
    'active visitor: every view a new reader',
    perCall((i) => strangers.saw(addresses[i & 65_535]!, t0 + i / 10)),
  )
  const tally = new ViewTally()
  row(
    'tally add',
    perCall((i) => tally.add('2026-11-30', entries[at(i)]!.u!, 'article', 'x')),
  )
  row(
    'whole: viewFromDatagram',
    perCall((i) => viewFromDatagram(texts[at(i)]!, KEY)),
  )
  row(
    'whole: trust + decode + viewFromDatagram + countView',
    perCall((i) => {
      if (!trusted('127.0.0.1', 0)) return 0
      const view = viewFromDatagram(BUFFERS[at(i)]!.toString('utf8'), KEY)
      if (view) countView(view)
      return view
    }),
  )
  // The listener's own handling since datagramReader (remembered verdicts, trusted sender).
  const makeReader = (viewLog as { datagramReader?: (key: string) => (m: string) => unknown })
    .datagramReader
  if (makeReader) {
    const read = makeReader(KEY)
    let trustedAddress = ''
    row(
      'whole: as the listener does (datagramReader)',
      perCall((i) => {
        if (trustedAddress !== '127.0.0.1') {
          if (!trusted('127.0.0.1', 0)) return 0
          trustedAddress = '127.0.0.1'
        }
        const view = read(BUFFERS[at(i)]!.toString('utf8')) as PageView | null
        if (view) countView(view)
        return view
      }),
    )
  }
}

/** Sends `total` datagrams at `rate`/s from a child process (its CPU is not counted here). */
function sender(port: number, total: number, rate: number): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'view-cost-')), 'd.json')
  fs.writeFileSync(file, JSON.stringify(TEXTS))
  const script = `
const dgram = require('node:dgram'); const fs = require('node:fs')
const [file, port, total, rate] = process.argv.slice(1)
const msgs = JSON.parse(fs.readFileSync(file, 'utf8')).map((s) => Buffer.from(s))
const socket = dgram.createSocket('udp4'); let sent = 0; const start = performance.now()
const tick = () => {
  const due = Math.min(+total, Math.floor(((performance.now() - start) / 1000) * +rate))
  while (sent < due) socket.send(msgs[sent % msgs.length], +port, '127.0.0.1'), sent++
  if (sent < +total) setTimeout(tick, 1); else setTimeout(() => socket.close(() => process.exit(0)), 200)
}
tick()`
  const child = spawn(
    process.execPath,
    ['-e', script, file, String(port), String(total), String(rate)],
    {
      stdio: 'inherit',
    },
  )
  return new Promise((resolve) =>
    child.once('exit', () => {
      fs.rmSync(path.dirname(file), { recursive: true, force: true })
      resolve()
    }),
  )
}

async function flood(
  label: string,
  bind: () => Promise<{ port: number; received: () => number; close: () => Promise<void> }>,
) {
  const target = await bind()
  const total = RATE * SECONDS
  const start = cpu()
  const t = performance.now()
  await sender(target.port, total, RATE)
  await new Promise((r) => setTimeout(r, 100))
  const used = cpu() - start
  const got = target.received()
  await target.close()
  row(
    label,
    used / Math.max(1, got),
    `${got}/${total} received in ${((performance.now() - t) / 1000).toFixed(1)} s, ` +
      `${((used / ((performance.now() - t) * 1000)) * 100).toFixed(1)}% of a core`,
  )
}

async function receive() {
  console.log(
    `\n2. Receiving ${RATE} datagrams/s for ${SECONDS} s (this process's CPU µs per datagram)`,
  )
  await flood('bare socket (receive only)', async () => {
    const socket = dgram.createSocket('udp4')
    let n = 0
    socket.on('message', () => n++)
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r))
    return {
      port: socket.address().port,
      received: () => n,
      close: () => new Promise<void>((r) => socket.close(() => r())),
    }
  })
  await flood('listenForViews + countView', async () => {
    let n = 0
    const listener = await listenForViews({ host: '127.0.0.1', port: 0 }, KEY, trusted, (v) => {
      n++
      countView(v)
    })
    if (!listener) throw new Error('no listener')
    return {
      port: listener.address.port,
      // Crawlers' datagrams arrive but do not count: scale the views to datagrams received.
      received: () => Math.round(n / countedShare),
      close: listener.close,
    }
  })
}

function lines() {
  const text = Buffer.from(TEXTS.join('\n') + '\n')
  const rounds = Math.max(1, Math.round(N / TEXTS.length))
  console.log(`\n3. Lines in memory (a batched reader, without its reads)`)
  const makeReader = (viewLog as { datagramReader?: (key: string) => (m: string) => unknown })
    .datagramReader
  const readers: Array<[string, (line: string) => unknown]> = [
    ['split + viewFromDatagram + countView', (line) => viewFromDatagram(line, KEY)],
  ]
  if (makeReader) readers.push(['split + datagramReader + countView', makeReader(KEY)])
  for (const [label, read] of readers) {
    let views = 0
    const start = cpu()
    for (let r = 0; r < rounds; r++) {
      const all = text.toString('utf8')
      let from = 0
      for (let nl = all.indexOf('\n'); nl >= 0; from = nl + 1, nl = all.indexOf('\n', from)) {
        const view = read(all.slice(from, nl)) as PageView | null
        if (view) {
          views++
          countView(view)
        }
      }
    }
    const used = cpu() - start
    row(label, used / (rounds * TEXTS.length), `${views} views`)
  }
}

function middleware() {
  const counter = viewCounter()
  const ua = AGENTS[0]
  const reqs = PATHS.map(
    (p) =>
      ({
        method: 'GET',
        path: p.split('?')[0],
        headers: { 'user-agent': ua, accept: 'text/html' },
        ip: '203.0.113.9',
        socket: {},
      }) as unknown as Request,
  )
  const next = () => undefined
  console.log(`\n4. Express path`)
  row(
    'viewCounter(): middleware + finish + countView',
    perCall((i) => {
      const res = Object.assign(new EventEmitter(), {
        statusCode: 200,
        getHeader: () => 'text/html; charset=utf-8',
      }) as unknown as Response
      counter(reqs[i % reqs.length]!, res, next)
      ;(res as unknown as EventEmitter).emit('finish')
      return 1
    }),
  )
  row(
    '  the same without the counter (res object only)',
    perCall(() => {
      const res = Object.assign(new EventEmitter(), {
        statusCode: 200,
        getHeader: () => 'text/html; charset=utf-8',
      })
      res.emit('finish')
      return 1
    }),
  )
}

console.log(
  `view-cost: node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)
breakdown()
await receive()
lines()
middleware()
process.exit(0)

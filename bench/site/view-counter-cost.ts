/**
 * What the page-view counter adds to one request, in CPU microseconds, measured in-process so that
 * other work on the machine barely moves it (views-overhead.ts measures throughput end to end,
 * which a shared machine's load swamps). Each request runs the `viewCounter()` middleware and its
 * `finish` listener on a stand-in request and response, next to a stand-in for the request's own
 * garbage, in a process holding a 2-million-object heap (a Next server's heap is of that order),
 * so memory the counter keeps for minutes costs what it costs there: old-generation collections.
 * Alternates without/with the counter twice and keeps the second pair.
 *
 *   npx tsx --conditions=production bench/site/view-counter-cost.ts [--n 400000]
 *
 * "new address": every request a new visit (the counter's worst case, as views-overhead.ts by
 * default); "same address": all but the first are repeats.
 */
import { EventEmitter } from 'node:events'
import os from 'node:os'

import type { Request, Response } from 'express'

import { viewCounter } from '@/site/readership/counter'

const i = process.argv.indexOf('--n')
const N = Number(i > 0 ? process.argv[i + 1] : 400_000)
const ballast: unknown[] = []
for (let b = 0; b < 2_000_000; b++) ballast.push({ a: b, b: `x${b}` })
const counter = viewCounter()
const UA =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
const PATH = '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam'
const address = (n: number) => `10.${(n >>> 16) & 255}.${(n >>> 8) & 0xff}.${n & 0xff}`
const next = () => undefined

function request(n: number, counted: boolean, same: boolean): number {
  const req = {
    method: 'GET',
    path: PATH.slice(0),
    headers: { 'user-agent': UA, accept: 'text/html' },
    ip: same ? '203.0.113.9' : address(n),
    socket: {},
  } as unknown as Request
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    getHeader: () => 'text/html; charset=utf-8',
  })
  const own = new Array<number>(300).fill(n)
  if (counted) counter(req, res as unknown as Response, next)
  res.emit('finish')
  return own.length
}

console.log(
  `view-counter-cost: node ${process.version}, ${N} requests per measurement, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)
let visitor = 0
for (const same of [false, true]) {
  const perRequest = { without: 0, with: 0 }
  for (const counted of [false, true, false, true]) {
    for (let w = 0; w < 100_000; w++) request(visitor++, counted, same)
    const start = process.cpuUsage()
    for (let r = 0; r < N; r++) request(visitor++, counted, same)
    const used = process.cpuUsage(start)
    perRequest[counted ? 'with' : 'without'] = (used.user + used.system) / N
  }
  console.log(
    `${same ? 'same address' : 'new address '}  without ${perRequest.without.toFixed(2)} µs, ` +
      `with the counter ${perRequest.with.toFixed(2)} µs: +${(perRequest.with - perRequest.without).toFixed(2)} µs per request`,
  )
}
if (!ballast.length) console.log('')
process.exit(0)

/**
 * Requests per second for cached reader pages against a static file, all through the same
 * Express + Next server in one run.
 *
 *   npx tsx bench/site/throughput.ts [--url http://host:port] [--seconds 10] [--connections 20]
 *
 * Without --url it starts the production server on a throwaway database. The static file is
 * public/bench/static.html (served by Next's public folder). Target: page/static ≥ 0.5.
 *
 *   npx tsx bench/site/throughput.ts --via-nginx
 *
 * puts nginx (one worker, the `cms deploy nginx` configuration) in front and compares the cached
 * home and article pages through it with nginx serving the same bytes as static files, in one
 * run (see via-nginx.ts). Target: page/static ≥ 0.8. The same pages through nginx without
 * counting micro-cache hits (`--no-view-log`) and with the earlier design's per-request `mirror`
 * put back show what counting hits costs; every request carries a browser's user agent so that
 * each one is a countable view (a datagram to the server's listener per hit).
 */
import os from 'node:os'

import autocannon from 'autocannon'

import { startDemoServer } from '../../test/helpers/e2e/server'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}

const seconds = Number(arg('seconds', '10'))
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
const connections = Number(arg('connections', '20'))
const viaNginx = process.argv.includes('--via-nginx')
if (viaNginx) {
  process.env.MEDIA_ACCEL_REDIRECT ??= '/_media/'
  // The server's page-view listener and nginx's datagrams on a port of this run's own.
  const { freePort } = await import('../../test/helpers/nginx')
  process.env.PAGE_VIEWS_LISTEN ??= `127.0.0.1:${await freePort()}`
}
const running = process.argv.includes('--url') ? null : await startDemoServer(0)
const base = running?.url ?? arg('url', '')

const TARGETS = {
  static: '/bench/static.html',
  home: '/',
  article: '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
}

// Through nginx, a browser's user agent: every micro-cache hit is then a countable view that
// nginx reports to the server, which is the cost to measure.
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
const headers: Record<string, string> = viaNginx ? { 'user-agent': BROWSER } : {}

async function measure(path: string, origin = base) {
  const base = origin
  await fetch(base + path, { headers }).then((r) => r.arrayBuffer())
  // The second request shows what readers get: a page-cache HIT for pages.
  const first = await fetch(base + path, { headers })
  const size = (await first.arrayBuffer()).byteLength
  if (!first.ok) throw new Error(`${path}: HTTP ${first.status}`)
  // Short warm-up so the page cache and the JIT are in their steady state.
  await autocannon({ url: base + path, connections, duration: 2, headers })
  const result = await autocannon({ url: base + path, connections, duration: seconds, headers })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    size,
    cache: first.headers.get('x-micro-cache') ?? first.headers.get('x-page-cache') ?? '-',
  }
}

async function throughNginx() {
  const { datagramSink, mirrorResponder, nginxInFront } = await import('./via-nginx')
  const { freePort } = await import('../../test/helpers/nginx')
  const pages = { home: TARGETS.home, article: TARGETS.article }
  const nginx = await nginxInFront(base, pages)
  // The same configuration without counting hits, and with the earlier per-request mirror.
  const plain = await nginxInFront(base, pages, ['--no-view-log'])
  const responder = await mirrorResponder()
  const mirrored = await nginxInFront(base, pages, ['--no-view-log'], responder.withMirror)
  const sinkPort = await freePort()
  const sink = await datagramSink(sinkPort)
  const sunk = await nginxInFront(base, pages, ['--view-log', `127.0.0.1:${sinkPort}`])
  try {
    console.log(
      `autocannon: ${connections} connections, ${seconds} s per target, nginx 1 worker, ` +
        'browser user agent (every request is a countable view); ' +
        `load average ${loadAverage()}`,
    )
    for (const [name, p] of Object.entries(pages)) {
      const file = await measure(`/${name}.html`, nginx.staticUrl)
      const bare = await measure(p, plain.url)
      const mirror = await measure(p, mirrored.url)
      const proxied = await measure(p, nginx.url)
      const sent = await measure(p, sunk.url)
      for (const [label, r] of [
        [`${name} via nginx, hits counted (datagram)`, proxied],
        [`${name} via nginx, datagrams to a sink (nginx side)`, sent],
        [`${name} via nginx, hits counted (old mirror)`, mirror],
        [`${name} via nginx, hits not counted`, bare],
        [`${name} as nginx static file`, file],
      ] as const) {
        console.log(
          `${label.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ` +
            `${(r.size / 1024).toFixed(1)} KiB  cache ${r.cache}  errors ${r.errors}`,
        )
      }
      const ratio = (r: { rps: number }) => (r.rps / file.rps).toFixed(2)
      console.log(`load average ${loadAverage()}`)
      console.log(
        `${name} ratio to static: datagram ${ratio(proxied)}, datagram to sink ${ratio(sent)}, ` +
          `old mirror ${ratio(mirror)}, ` +
          `not counted ${ratio(bare)}; cost of counting: datagram ` +
          `${((1 - proxied.rps / bare.rps) * 100).toFixed(1)}% (nginx side ` +
          `${((1 - sent.rps / bare.rps) * 100).toFixed(1)}%), old mirror ` +
          `${((1 - mirror.rps / bare.rps) * 100).toFixed(1)}%`,
      )
    }
  } finally {
    await nginx.stop()
    await plain.stop()
    await mirrored.stop()
    await sunk.stop()
    sink.stop()
    await responder.close()
  }
}

try {
  if (viaNginx) {
    await throughNginx()
    await running?.close()
    process.exit(0)
  }
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {}
  for (const [name, path] of Object.entries(TARGETS)) results[name] = await measure(path)
  const staticRps = results.static?.rps ?? 0
  console.log(`autocannon: ${connections} connections, ${seconds} s per target, ${base}`)
  for (const [name, r] of Object.entries(results)) {
    const ratio = name === 'static' ? '' : `  ratio ${(r.rps / staticRps).toFixed(2)}`
    console.log(
      `${name.padEnd(8)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ` +
        `${(r.size / 1024).toFixed(1)} KiB  cache ${r.cache}  errors ${r.errors}${ratio}`,
    )
  }
} finally {
  await running?.close()
}
process.exit(0)

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
 * run (see via-nginx.ts). Target: page/static ≥ 0.8. The same pages through a second nginx
 * without the page-view mirror (`--no-view-mirror`) show what counting micro-cache hits costs;
 * every request carries a browser's user agent so that each one is a countable view.
 */
import autocannon from 'autocannon'

import { startDemoServer } from '../../test/helpers/e2e/server'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}

const seconds = Number(arg('seconds', '10'))
const connections = Number(arg('connections', '20'))
const viaNginx = process.argv.includes('--via-nginx')
if (viaNginx) process.env.MEDIA_ACCEL_REDIRECT ??= '/_media/'
const running = process.argv.includes('--url') ? null : await startDemoServer(0)
const base = running?.url ?? arg('url', '')

const TARGETS = {
  static: '/bench/static.html',
  home: '/',
  article: '/bai-viet/dang-uy-khoi-cac-co-quan-tinh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam',
}

// Through nginx, a browser's user agent: nginx's page-view mirror reports such requests to the
// server (it drops requests without one), which is the cost to measure.
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
  const { nginxInFront } = await import('./via-nginx')
  const pages = { home: TARGETS.home, article: TARGETS.article }
  const nginx = await nginxInFront(base, pages)
  // The same configuration without the page-view mirror, to show what counting hits costs.
  const plain = await nginxInFront(base, pages, ['--no-view-mirror'])
  try {
    console.log(
      `autocannon: ${connections} connections, ${seconds} s per target, nginx 1 worker, ` +
        'browser user agent (every request is a countable view)',
    )
    for (const [name, p] of Object.entries(pages)) {
      const file = await measure(`/${name}.html`, nginx.staticUrl)
      const bare = await measure(p, plain.url)
      const proxied = await measure(p, nginx.url)
      for (const [label, r] of [
        [`${name} via nginx micro-cache + mirror`, proxied],
        [`${name} via nginx micro-cache, no mirror`, bare],
        [`${name} as nginx static file`, file],
      ] as const) {
        console.log(
          `${label.padEnd(40)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ` +
            `${(r.size / 1024).toFixed(1)} KiB  cache ${r.cache}  errors ${r.errors}`,
        )
      }
      console.log(
        `${name} ratio to static: with mirror ${(proxied.rps / file.rps).toFixed(2)}, ` +
          `without ${(bare.rps / file.rps).toFixed(2)}; mirror cost ${((1 - proxied.rps / bare.rps) * 100).toFixed(1)}%`,
      )
    }
  } finally {
    await nginx.stop()
    await plain.stop()
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

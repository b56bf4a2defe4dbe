/* global process, performance, setInterval */
/**
 * Where a request's time goes in the server under `bench:load`, for diagnosis only: loaded into
 * every Node process of the run through NODE_OPTIONS, it does something only in the server
 * (src/cli/start.ts). It records, per request, the path kind, the time from the request's start to
 * the end of its response and how many requests were in flight when it started
 * (diagnostics_channel), the event-loop delay, and a CPU profile of the whole life of the server
 * (inspector, 1 ms sampling), written at exit into LOAD_DIAG_DIR as `requests-<pid>.json` and
 * `server-<pid>.cpuprofile`. request-probe-summary.ts and profile-split.ts read them.
 *
 *   LOAD_DIAG_DIR=/tmp/diag NODE_OPTIONS="--import ./bench/load/request-probe.mjs" \
 *     npm run bench:load -- --minutes 3
 *
 * Plain JavaScript: Node loads it into worker threads too, before any TypeScript loader.
 * The profiler costs the server some CPU: compare runs made with it against each other only.
 */
import dc from 'node:diagnostics_channel'
import fs from 'node:fs'
import inspector from 'node:inspector'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { isMainThread } from 'node:worker_threads'

/** @param {string} url */
const kindOf = (url) =>
  url.startsWith('/tim-kiem')
    ? 'search'
    : url.startsWith('/api')
      ? 'api'
      : url === '/'
        ? 'home'
        : url.startsWith('/bai-viet')
          ? 'article'
          : url.startsWith('/chuyen-muc')
            ? 'category'
            : 'other'

const dir = process.env.LOAD_DIAG_DIR
// Worker threads see the same argv: only the server's main thread records.
if (dir && isMainThread && process.argv.some((a) => a.endsWith('src/cli/start.ts'))) {
  fs.mkdirSync(dir, { recursive: true })
  const session = new inspector.Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 1000 })
  session.post('Profiler.start')

  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const elu0 = performance.eventLoopUtilization()
  const started = new WeakMap()
  /** @type {Array<[number, string, number, number]>} [started ms, kind, server ms, in flight] */
  const rows = []
  let inFlight = 0
  dc.subscribe('http.server.request.start', (message) => {
    const { request } = /** @type {{ request: import('node:http').IncomingMessage }} */ (message)
    inFlight++
    started.set(request, { t: performance.now(), inFlight })
  })
  dc.subscribe('http.server.response.finish', (message) => {
    const { request } = /** @type {{ request: import('node:http').IncomingMessage }} */ (message)
    inFlight--
    const s = started.get(request)
    if (!s) return
    const ms = Math.round((performance.now() - s.t) * 10) / 10
    rows.push([Math.round(s.t), kindOf(request.url ?? ''), ms, s.inFlight])
  })

  const write = () => {
    const probe = {
      elu: performance.eventLoopUtilization(elu0).utilization,
      delay: {
        p50: delay.percentile(50) / 1e6,
        p99: delay.percentile(99) / 1e6,
        max: delay.max / 1e6,
        mean: delay.mean / 1e6,
      },
      rows,
    }
    fs.writeFileSync(path.join(dir, `requests-${process.pid}.json`), JSON.stringify(probe))
  }
  setInterval(write, 10_000).unref()
  process.on('exit', () => {
    write()
    // The inspector answers synchronously on the main thread, so this completes before exit.
    session.post('Profiler.stop', (error, result) => {
      if (!error)
        fs.writeFileSync(
          path.join(dir, `server-${process.pid}.cpuprofile`),
          JSON.stringify(result.profile),
        )
    })
  })
}

/**
 * The server under test: the production build started as `npm start` starts it
 * (src/cli/start.ts, `--conditions=production`), in its own process so the load generator never
 * shares its event loop, on a copy of the generated data with the rate limits raised (every
 * simulated visitor comes from 127.0.0.1).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { dataEnv } from './dataset'

export interface ServerUnderTest {
  url: string
  pid: number
  logFile: string
  /** Where the server's memory probe writes (probe.ts). */
  probeFile: string
  /** Runs a full garbage collection in the server (after the measurement; probe.ts). */
  collectGarbage: () => Promise<void>
  /** Asks the server for a heap snapshot; resolves with its file (only with `heapSnapshots`). */
  heapSnapshot: () => Promise<string>
  stop: () => Promise<void>
}

export interface ServerOptions {
  /** Lets the bench ask for V8 heap snapshots (SIGUSR2), written into the data folder. */
  heapSnapshots?: boolean
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

export async function startServerUnderTest(
  dataDir: string,
  options: ServerOptions = {},
): Promise<ServerUnderTest> {
  const port = await freePort()
  const logFile = path.join(dataDir, 'server.log')
  const probeFile = path.join(dataDir, 'memory-probe.jsonl')
  const snapshotDir = path.join(dataDir, 'heap')
  const log = fs.openSync(logFile, 'a')
  const probe = pathToFileURL(path.resolve('bench/load/probe.ts')).href
  const snapshots = options.heapSnapshots
    ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`]
    : []
  if (options.heapSnapshots) fs.mkdirSync(snapshotDir, { recursive: true })
  const child = spawn(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      'tsx',
      '--import',
      probe,
      // Only for the probe's full collection after the run (probe.ts); nothing calls it before.
      '--expose-gc',
      ...snapshots,
      'src/cli/start.ts',
    ],
    {
      env: {
        ...process.env,
        ...dataEnv(dataDir),
        LOAD_PROBE_FILE: probeFile,
        LOAD_PROBE_MS: '2000',
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        PAYLOAD_SECRET: 'load-bench-secret-not-for-production',
        RATE_LIMIT_API: '10000000',
        RATE_LIMIT_SEARCH: '10000000',
        RATE_LIMIT_LOGIN: '10000',
        RATE_LIMIT_PAGES: '10000000',
      },
      stdio: ['ignore', log, log],
    },
  )
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited(child)
    clearTimeout(killer)
    fs.closeSync(log)
  }
  const deadline = Date.now() + 180_000
  for (;;) {
    const failure =
      child.exitCode !== null
        ? `server exited early; see ${logFile}`
        : Date.now() > deadline
          ? `server not ready after 180 s; see ${logFile}`
          : null
    if (failure) {
      // Never leave a half-started server (and the build it may be running) behind.
      await stop()
      throw new Error(failure)
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const heapSnapshot = async () => {
    if (!options.heapSnapshots) throw new Error('server started without heapSnapshots')
    const before = new Set(fs.readdirSync(snapshotDir))
    child.kill('SIGUSR2')
    // The snapshot is written on the server's main thread: once a new file is there and the
    // server answers again, it is complete.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const file = fs.readdirSync(snapshotDir).find((f) => !before.has(f))
      if (
        file &&
        (await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        ))
      )
        return path.join(snapshotDir, file)
    }
  }
  const collectGarbage = async () => {
    const lines = () => (fs.existsSync(probeFile) ? fs.readFileSync(probeFile, 'utf8') : '')
    const before = lines().length
    fs.writeFileSync(`${probeFile}.gc`, '')
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !lines().slice(before).includes('"afterGc":true'))
      await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { url, pid: child.pid ?? 0, logFile, probeFile, collectGarbage, heapSnapshot, stop }
}

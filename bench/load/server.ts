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

import { dataEnv } from './dataset'

export interface ServerUnderTest {
  url: string
  pid: number
  logFile: string
  stop: () => Promise<void>
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

export async function startServerUnderTest(dataDir: string): Promise<ServerUnderTest> {
  const port = await freePort()
  const logFile = path.join(dataDir, 'server.log')
  const log = fs.openSync(logFile, 'a')
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/cli/start.ts'],
    {
      env: {
        ...process.env,
        ...dataEnv(dataDir),
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
  return { url, pid: child.pid ?? 0, logFile, stop }
}

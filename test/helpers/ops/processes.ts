/**
 * Child processes for the operations tests: the `cms` CLI, the publisher script and the
 * production server run as real separate processes so they can be killed (-9) or stopped
 * (SIGTERM) like in production.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

export interface Child {
  proc: ChildProcess
  stdout: () => string
  stderr: () => string
  /** resolves with the exit code (null when killed by a signal) and the signal */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Node with tsx and the production export conditions, as `npm run cms` and `npm start` run. */
export function spawnTsx(args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return { proc, stdout: () => out, stderr: () => err, exited }
}

/** Runs `npm run cms -- <args>` and waits for it. */
export async function cms(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawnTsx(['src/cli/index.ts', ...args], env)
  const { code } = await child.exited
  return { code, stdout: child.stdout(), stderr: child.stderr() }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => resolve(port))
    })
  })
}

/** Environment of one throwaway installation under `dir` (no inherited paths or secrets). */
export function installEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${dir}/cms.db`,
    SEARCH_INDEX_URL: `file:${dir}/search.db`,
    MEDIA_DIR: `${dir}/media`,
    DATA_DIR: dir,
    NEXT_TELEMETRY_DISABLED: '1',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    LOG_DESTINATION: 'stderr',
    RATE_LIMIT_API: '100000',
    RATE_LIMIT_SEARCH: '100000',
    RATE_LIMIT_LOGIN: '10000',
    ...extra,
  }
  delete env.PAYLOAD_SECRET
  delete env.MEILI_HOST
  return env
}

export interface ServerChild extends Child {
  url: string
}

/** `src/server/index.ts` in production mode on `port`; resolves once /healthz answers ok. */
export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  port: number,
  timeoutMs = 150_000,
): Promise<ServerChild> {
  const child = spawnTsx(['src/server/index.ts'], {
    ...env,
    NODE_ENV: 'production',
    PORT: `${port}`,
  })
  const url = `http://localhost:${port}`
  const deadline = Date.now() + timeoutMs
  let exited = false
  void child.exited.then(() => (exited = true))
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { ...child, url }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.proc.kill('SIGKILL')
  throw new Error(`server did not start: ${child.stderr().slice(-3000)}`)
}

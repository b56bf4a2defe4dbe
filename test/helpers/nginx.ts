import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * Debian's nginx in front of a test server: configurations come from the real `cms deploy
 * nginx` command, run unprivileged (or with root workers when the tests run as root, since the
 * throwaway media folder is private to its owner) under a throwaway prefix.
 */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const hasNginx = (): boolean => fs.existsSync(NGINX)
export const NO_NGINX_MESSAGE = `nginx not found at ${NGINX}: install Debian's nginx-light (apt-get install nginx-light) or set NGINX_PATH`

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Runs `npm run cms -- deploy nginx …` (through tsx, as npm would) and returns the file. */
export function generateConfig(args: string[], env: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  const out = path.join(dir, 'nginx.conf')
  const user = process.getuid?.() === 0 ? ['--user', 'root'] : []
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      '--conditions=production',
      'src/cli/index.ts',
      'deploy',
      'nginx',
      ...args,
      ...user,
      '--state-dir',
      path.join(dir, 'state'),
      '--out',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  )
  if (result.status !== 0) throw new Error(`cms deploy nginx failed: ${result.stderr}`)
  return out
}

const stateDirOf = (conf: string) => path.join(path.dirname(conf), 'state')

export function checkConfig(conf: string): { ok: boolean; output: string } {
  const result = spawnSync(NGINX, ['-t', '-p', stateDirOf(conf), '-c', conf], { encoding: 'utf8' })
  return { ok: result.status === 0, output: result.stderr + result.stdout }
}

export interface RunningNginx {
  process: ChildProcess
  stop: () => Promise<void>
}

/** Starts nginx in the foreground (so it is this test's child) and waits for its port. */
export async function startNginx(conf: string, port: number): Promise<RunningNginx> {
  const check = checkConfig(conf)
  if (!check.ok) throw new Error(`nginx -t failed:\n${check.output}`)
  const child = spawn(NGINX, ['-p', stateDirOf(conf), '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const deadline = Date.now() + 10_000
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) break
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`nginx did not start on port ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGQUIT')
      }),
  }
}

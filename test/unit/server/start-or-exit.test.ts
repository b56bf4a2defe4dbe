// A server that cannot start (here: its port is taken) must end with exit code 1 and say why,
// although Next's error handlers only log and Payload's timers keep the process alive
// (src/server/start-or-exit.ts, used by `npm start` and `npm run dev`).
import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Child, spawnTsx } from '../../helpers/ops/processes'

let taken: net.Server
let port = 0

beforeAll(async () => {
  taken = net.createServer()
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
  const address = taken.address()
  port = typeof address === 'object' && address ? address.port : 0
})

afterAll(async () => {
  await new Promise((resolve) => taken.close(resolve))
})

/** The exit code, or 'running' if the child is still alive after `ms` (then it is killed). */
async function outcome(child: Child, ms: number): Promise<number | null | 'running'> {
  const timer = new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), ms))
  const result = await Promise.race([child.exited.then((e) => e.code), timer])
  if (result === 'running') {
    child.proc.kill('SIGKILL')
    await child.exited
  }
  return result
}

const run = (env: Record<string, string> = {}) =>
  spawnTsx(['test/fixtures/server/listen-or-exit.ts', String(port)], { ...process.env, ...env })

describe('startOrExit', () => {
  it('exits with 1 and one clear line when the port is in use', async () => {
    const child = run()
    expect(await outcome(child, 20_000)).toBe(1)
    expect(child.stderr()).toContain(
      `Server failed to start: Cannot listen on 127.0.0.1:${port} (LISTEN_HOST, PORT): EADDRINUSE`,
    )
    expect(child.stderr()).not.toContain('logged only')
    expect(child.stdout()).not.toContain('listening')
  }, 30_000)

  it('is needed: the same start merely awaited leaves a process that never exits', async () => {
    const child = run({ START_UNGUARDED: '1' })
    expect(await outcome(child, 8_000)).toBe('running')
    expect(child.stderr()).toContain('logged only')
  }, 30_000)
})

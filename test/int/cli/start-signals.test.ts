/**
 * `npm start` is what an operator runs (and what systemd stops): SIGTERM to its processes must
 * reach the server as one signal it can finish its requests on. Through the `tsx` command the
 * server ran as a child of tsx's watcher, which forwards the signal and SIGKILLs the child if it
 * does not acknowledge within about 60 ms: a server busy rendering was killed outright, with its
 * requests cut, whatever its graceful shutdown would have done. This runs the package's real
 * `start` command line with a stand-in entry point whose event loop is busy in 1.5 s stretches.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ENTRY = 'src/cli/start.ts'
const STAND_IN = 'test/fixtures/ops/busy-until-stopped.ts'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the start command', () => {
  it('lets a busy server stop gracefully when its process group gets SIGTERM (systemd)', async () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>
    }
    const command = pkg.scripts.start!
    expect(command).toContain(ENTRY)
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'start-signals-')), 'out.txt')
    // As npm runs a script: `sh -c <line>`, here in a process group of its own, like a service.
    const shell = spawn('sh', ['-c', command.replace(ENTRY, STAND_IN)], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, SIGNAL_TEST_OUT: out },
    })
    let pid = 0
    for (let i = 0; i < 300 && !pid; i++) {
      await wait(100)
      pid = Number(
        /^started (\d+)/.exec(fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '')?.[1] ?? 0,
      )
    }
    expect(pid, 'the stand-in started').toBeGreaterThan(0)
    await wait(1000)
    // systemd's default stop: SIGTERM to every process of the service at once.
    process.kill(-shell.pid!, 'SIGTERM')
    for (let i = 0; i < 100 && alive(pid); i++) await wait(100)
    expect(alive(pid)).toBe(false)
    expect(fs.readFileSync(out, 'utf8')).toContain('stopped gracefully')
  }, 60_000)
})

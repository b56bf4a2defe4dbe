/**
 * `npm start` is what an operator runs (and what systemd or docker stops): SIGTERM must reach the
 * server as a signal it can finish its requests on. Through the `tsx` command the server ran as a
 * child of tsx's watcher, which forwards the signal and SIGKILLs the child if it does not
 * acknowledge within about 60 ms: a server busy rendering was killed outright, its requests cut.
 * And npm runs a script as `sh -c`, which does not pass a signal on: stopping npm alone (docker
 * stop, `kill <pid>`) left the server running without ever telling it; `exec` makes the server
 * npm's own child. This runs the package's real `start` script through npm, with a stand-in entry
 * point whose event loop is busy in 1.5 s stretches.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ENTRY = 'src/cli/start.ts'
const STAND_IN = path.resolve('test/fixtures/ops/busy-until-stopped.ts')

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A package whose start script is this one's, pointed at the stand-in. */
function standInPackage(): string {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>
  }
  const start = pkg.scripts.start!
  expect(start).toContain(ENTRY)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-signals-'))
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'))
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'stand-in',
      private: true,
      scripts: { start: start.replace(ENTRY, STAND_IN) },
    }),
  )
  return dir
}

describe('the start command', () => {
  it.each([
    ['every process of the service (systemd)', true],
    ['npm alone (docker stop, kill <pid>)', false],
  ])(
    'lets a busy server stop gracefully when SIGTERM goes to %s',
    async (_, group) => {
      const dir = standInPackage()
      const out = path.join(dir, 'out.txt')
      const npm = spawn('npm', ['start', '--silent'], {
        cwd: dir,
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, SIGNAL_TEST_OUT: out },
      })
      let pid = 0
      for (let i = 0; i < 300 && !pid; i++) {
        await wait(100)
        const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : ''
        pid = Number(/^started (\d+)/.exec(text)?.[1] ?? 0)
      }
      expect(pid, 'the stand-in started').toBeGreaterThan(0)
      await wait(1000)
      process.kill(group ? -npm.pid! : npm.pid!, 'SIGTERM')
      for (let i = 0; i < 100 && alive(pid); i++) await wait(100)
      const stillRunning = alive(pid)
      if (stillRunning) process.kill(pid, 'SIGKILL')
      expect(stillRunning).toBe(false)
      expect(fs.readFileSync(out, 'utf8')).toContain('stopped gracefully')
      fs.rmSync(dir, { recursive: true, force: true })
    },
    60_000,
  )
})

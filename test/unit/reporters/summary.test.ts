// Runs vitest with the summary reporter over deliberately broken suites (test/fixtures/broken-suite)
// and checks the closing line counts failures that are not failing tests, so CI cannot read
// "0 failed" from a run that failed.
import { execFile } from 'node:child_process'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

const config = path.resolve('test/fixtures/broken-suite/vitest.config.ts')
const vitest = path.resolve('node_modules/vitest/vitest.mjs')

function runFixture(...files: string[]): Promise<{ code: number; output: string }> {
  // Variables of the outer vitest run would make the inner one think it is a worker.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST'),
  )
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [vitest, 'run', '--config', config, ...files],
      { env: { ...env, NODE_ENV: 'test', NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, output: `${stdout}\n${stderr}` })
      },
    )
  })
}

const closingLine = (output: string) => {
  const match = /^Tests: (\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(output)
  if (!match) throw new Error(`no closing line in:\n${output}`)
  return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) }
}

const BROKEN = {
  'import-error.test.ts': 'fails to load',
  'before-all.test.ts': 'beforeAll fails',
  'after-all.test.ts': 'afterAll fails',
  'unhandled-rejection.test.ts': 'unhandled rejection',
}

describe('the summary reporter’s closing line', () => {
  let broken: { code: number; output: string }
  let skipped: { code: number; output: string }
  let alone: { code: number; output: string }
  let crashed: { code: number; output: string }

  // Four vitest runs side by side: all broken files, one alone, the skip announcements, and a
  // worker that dies.
  beforeAll(async () => {
    ;[broken, alone, skipped, crashed] = await Promise.all([
      runFixture(...Object.keys(BROKEN)),
      runFixture('after-all.test.ts'),
      runFixture('skipped-on-purpose.test.ts'),
      runFixture('worker-crash.test.ts'),
    ])
  }, 120_000)

  it('counts a file that fails to load, a failing beforeAll or afterAll and an unhandled rejection', () => {
    const { failed } = closingLine(broken.output)
    // One failure each, none of them a failing test.
    expect(failed, broken.output).toBe(Object.keys(BROKEN).length)
    for (const [file, message] of Object.entries(BROKEN)) {
      const listed = broken.output
        .split('\n')
        .some((line) => line.startsWith('Failed outside a test:') && line.includes(message))
      expect(listed, `${file} is listed`).toBe(true)
    }
    expect(broken.code).not.toBe(0)
  })

  it('counts even one such failure on its own', () => {
    expect(closingLine(alone.output)).toMatchObject({ passed: 1, failed: 1 })
    expect(alone.code).not.toBe(0)
  })

  it('counts the tests a crashed worker never ran as failed, not skipped', () => {
    const { code, output } = crashed
    // The crash itself, then each test that never ran.
    expect(closingLine(output), output).toEqual({ passed: 0, failed: 3, skipped: 0 })
    for (const test of ['kills its worker', 'would pass had it run'])
      expect(output).toMatch(
        new RegExp(`^Failed, never ran: worker-crash\\.test\\.ts > ${test}$`, 'm'),
      )
    expect(output).toMatch(/^Failed outside a test: unhandled error: /m)
    expect(output).not.toMatch(/^Skipped/m)
    expect(code).not.toBe(0)
  })

  it('announces a suite skipped on purpose once, with what enables it', () => {
    const { code, output } = skipped
    expect(code, output).toBe(0)
    expect(closingLine(output)).toEqual({ passed: 1, failed: 0, skipped: 4 })
    const announced = output.match(/^Skipped: .*needs a server \(3 tests\): set EXAMPLE_HOST/gm)
    expect(announced).toHaveLength(1)
    expect(output).toMatch(/^Skipped without a reason: .*skipped without saying why$/m)
  })
})

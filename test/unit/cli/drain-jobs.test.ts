/**
 * The CLI drains the jobs its command queued; a job the server's runner took and deleted at the
 * same moment makes one run fail, which must not fail the command (a re-run of `cms import`
 * after a crash did, with "Cannot read properties of null (reading 'log')").
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { drainJobs } from '@/cli/with-payload'

type RunResult = Awaited<ReturnType<Payload['jobs']['run']>>

function fakePayload(outcomes: Array<RunResult | Error>) {
  const warnings: string[] = []
  let calls = 0
  const payload = {
    jobs: {
      run: async () => {
        const next = outcomes[Math.min(calls++, outcomes.length - 1)]!
        if (next instanceof Error) throw next
        return next
      },
    },
    logger: { warn: (_obj: unknown, msg: string) => warnings.push(msg) },
  } as unknown as Pick<Payload, 'jobs' | 'logger'>
  return { payload, warnings, calls: () => calls }
}

const ran = (n: number, remaining: boolean): RunResult =>
  ({
    jobStatus: Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), {}])),
    noJobsRemaining: !remaining,
  }) as unknown as RunResult

describe('drainJobs', () => {
  it('goes on after a run fails on a job another process took, and logs it', async () => {
    const f = fakePayload([
      ran(3, true),
      new TypeError("Cannot read properties of null (reading 'log')"),
      ran(2, false),
    ])
    await expect(drainJobs(f.payload)).resolves.toBeUndefined()
    expect(f.calls()).toBe(3)
    expect(f.warnings).toHaveLength(1)
    expect(f.warnings[0]).toContain('another process')
  })

  it('gives up quietly after repeated failures instead of looping', async () => {
    const f = fakePayload([new Error('database is locked')])
    await expect(drainJobs(f.payload, { maxRounds: 1000, maxFailures: 4 })).resolves.toBeUndefined()
    expect(f.calls()).toBe(4)
  })
})

/**
 * Jobs left marked `processing` by a killed process go back to the queue at start, but only in
 * the process that runs the queue: a second web process (JOBS_AUTORUN=false) restarting while
 * the runner is in the middle of a job must not hand that job back for a second run.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { recoverInterruptedJobs } from '@/jobs/recover-interrupted'

function fakePayload() {
  const updates: unknown[] = []
  const payload = {
    update: async (args: unknown) => {
      updates.push(args)
      return { docs: [{ id: 'job-1' }], errors: [] }
    },
    logger: { warn: () => undefined },
  } as unknown as Pick<Payload, 'update' | 'logger'>
  return { payload, updates }
}

describe('recoverInterruptedJobs', () => {
  it('re-queues interrupted jobs in the process that runs the queue', async () => {
    const { payload, updates } = fakePayload()
    expect(await recoverInterruptedJobs(payload, new Date(), {})).toBe(1)
    expect(updates).toHaveLength(1)
  })

  it('leaves them alone in a process that does not run jobs', async () => {
    const { payload, updates } = fakePayload()
    expect(await recoverInterruptedJobs(payload, new Date(), { JOBS_AUTORUN: 'false' })).toBe(0)
    expect(updates).toEqual([])
  })
})

/**
 * The upload pipeline's limit on concurrent sharp operations: order, limit, errors, the bound on
 * the queue, fairness between uploaders (turns, a per-uploader bound), a timed-out sharp
 * pipeline freeing its slot, and the setting.
 */
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'

import { isSharpTimeout } from '@/collections/Media/processing/process-image'
import {
  createSlots,
  MAX_WAITING,
  MAX_WAITING_PER_OWNER,
  slotsFromEnv,
  SlotsFullError,
  uploaderOf,
} from '@/collections/Media/processing/sharp-slots'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('createSlots', () => {
  it('runs at most `limit` at once, first come first served, and frees a slot on failure', async () => {
    const slots = createSlots(2)
    const started: number[] = []
    let active = 0
    let peak = 0
    const job = (n: number, fail = false) =>
      slots.run(async () => {
        started.push(n)
        active++
        peak = Math.max(peak, active)
        await tick()
        active--
        if (fail) throw new Error(`job ${n}`)
        return n
      })
    const results = await Promise.allSettled([job(1), job(2, true), job(3), job(4), job(5)])
    expect(peak).toBe(2)
    expect(started).toEqual([1, 2, 3, 4, 5])
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ])
    expect(slots.load).toEqual({ running: 0, waiting: 0 })
  })

  it('with limit 0 starts everything at once', async () => {
    const slots = createSlots(0)
    let active = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 6 }, () =>
        slots.run(async () => {
          active++
          peak = Math.max(peak, active)
          await tick()
          active--
        }),
      ),
    )
    expect(peak).toBe(6)
  })
})

describe('the bound on the queue', () => {
  it('refuses a new photo (admit) once maxWaiting operations wait, without starting it', async () => {
    const slots = createSlots(1, 2)
    let open = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    const started: string[] = []
    const job = (name: string, admit = false) =>
      slots.run(
        async () => {
          started.push(name)
          await gate
          return name
        },
        { admit },
      )
    const first = job('running', true)
    const queued = [job('waiting 1', true), job('waiting 2')]
    await tick()
    expect(slots.load).toEqual({ running: 1, waiting: 2 })
    await expect(job('refused', true)).rejects.toBeInstanceOf(SlotsFullError)
    // A later operation of an admitted photo still queues: a photo is never refused half-way.
    const followUp = job('follow-up')
    expect(slots.load).toEqual({ running: 1, waiting: 3 })
    open()
    expect(await Promise.all([first, ...queued, followUp])).toEqual([
      'running',
      'waiting 1',
      'waiting 2',
      'follow-up',
    ])
    expect(started).not.toContain('refused')
    expect(slots.load).toEqual({ running: 0, waiting: 0 })
    expect(await job('after', true)).toBe('after')
  })

  it('defaults to a bound of MAX_WAITING and does not bound runs without a limit', async () => {
    expect(MAX_WAITING).toBe(64)
    const unlimited = createSlots(0, 0)
    expect(await unlimited.run(async () => 'ran', { admit: true })).toBe('ran')
  })
})

describe('fairness between uploaders', () => {
  /** A run that records when it starts and finishes only when its gate opens. */
  function gated(slots: ReturnType<typeof createSlots>, started: string[]) {
    const gates: Array<() => void> = []
    const job = (name: string, owner?: string, admit = false) =>
      slots.run(
        async () => {
          started.push(name)
          await new Promise<void>((resolve) => gates.push(resolve))
          return name
        },
        { owner, admit },
      )
    /** Lets the oldest running job finish, and waits until the next one has started. */
    const finishOne = async () => {
      gates.shift()?.()
      await tick()
    }
    return { job, finishOne }
  }

  it('gives a freed slot to the next uploader in turn, not to the rest of a burst', async () => {
    const slots = createSlots(1)
    const started: string[] = []
    const { job, finishOne } = gated(slots, started)
    // One reporter's burst: eight operations, the first running.
    const burst = Array.from({ length: 8 }, (_, i) => job(`a${i}`, 'users:a'))
    await tick()
    // Two colleagues each send one photo's operations while the burst waits.
    const others = [job('b0', 'users:b'), job('b1', 'users:b'), job('c0', 'users:c')]
    expect(slots.load).toEqual({ running: 1, waiting: 10 })
    for (let i = 0; i < 11; i++) await finishOne()
    await Promise.all([...burst, ...others])
    // First come first served would have run all of a's eight first.
    expect(started).toEqual(['a0', 'a1', 'b0', 'c0', 'a2', 'b1', 'a3', 'a4', 'a5', 'a6', 'a7'])
    expect(slots.load).toEqual({ running: 0, waiting: 0 })
  })

  it("refuses an uploader's new photo once their own share waits, and admits everyone else", async () => {
    const slots = createSlots(1, 64, 3)
    const started: string[] = []
    const { job, finishOne } = gated(slots, started)
    const running = job('running', 'users:x', true)
    const mine = [job('a1', 'users:a', true), job('a2', 'users:a', true), job('a3', 'users:a')]
    await tick()
    expect(slots.waitingOf('users:a')).toBe(3)
    const refused: unknown = await job('a4', 'users:a', true).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(SlotsFullError)
    expect((refused as SlotsFullError).scope).toBe('owner')
    // A later operation of an admitted photo still queues.
    const followUp = job('a-follow-up', 'users:a')
    // Another reporter, and work without an owner (the importer), are not held back by a's share.
    const other = job('b1', 'users:b', true)
    const system = [job('s1', undefined, true), job('s2', undefined, true), job('s3', undefined)]
    const moreSystem = job('s4', undefined, true)
    expect(slots.load).toEqual({ running: 1, waiting: 9 })
    for (let i = 0; i < 10; i++) await finishOne()
    await Promise.all([running, ...mine, followUp, other, ...system, moreSystem])
    expect(started).not.toContain('a4')
    expect(started).toHaveLength(10)
    // Once a's queue has drained, a new photo of theirs is taken again.
    const again = job('a5', 'users:a', true)
    await finishOne()
    expect(await again).toBe('a5')
  })

  it('still refuses everyone once the whole queue is full', async () => {
    const slots = createSlots(1, 4, 3)
    const { job, finishOne } = gated(slots, [])
    const held = [
      job('running', 'users:x', true),
      ...['a', 'b', 'c', 'd'].map((o) => job(o, `users:${o}`, true)),
    ]
    await tick()
    const refused: unknown = await job('e', 'users:e', true).catch((error: unknown) => error)
    expect((refused as SlotsFullError).scope).toBe('all')
    for (let i = 0; i < 5; i++) await finishOne()
    await Promise.all(held)
  })

  it('keys uploads by account, defaults to MAX_WAITING_PER_OWNER, well below MAX_WAITING', () => {
    expect(uploaderOf({ collection: 'users', id: 'u1' })).toBe('users:u1')
    expect(uploaderOf(null)).toBeUndefined()
    expect(MAX_WAITING_PER_OWNER).toBe(16)
    expect(MAX_WAITING_PER_OWNER * 4).toBeLessThanOrEqual(MAX_WAITING)
  })
})

describe('a sharp pipeline that times out', () => {
  it('fails with a timeout error and frees its slot for the next one', async () => {
    const slots = createSlots(1)
    const slow = slots.run(() =>
      sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#888' } })
        .blur(80)
        .timeout({ seconds: 1 })
        .jpeg()
        .toBuffer(),
    )
    const next = slots.run(async () => 'next')
    expect(slots.load).toEqual({ running: 1, waiting: 1 })
    const error: unknown = await slow.catch((caught: unknown) => caught)
    expect(isSharpTimeout(error)).toBe(true)
    expect(await next).toBe('next')
    expect(slots.load).toEqual({ running: 0, waiting: 0 })
    expect(isSharpTimeout(new Error('Input buffer contains unsupported image format'))).toBe(false)
  }, 20_000)
})

describe('slotsFromEnv', () => {
  it('reads MEDIA_SHARP_SLOTS, 2 when unset', () => {
    const warn = vi.fn()
    expect(slotsFromEnv({}, warn)).toBe(2)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '' }, warn)).toBe(2)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '3' }, warn)).toBe(3)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: ' 4 ' }, warn)).toBe(4)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '0' }, warn)).toBe(0)
    expect(warn).not.toHaveBeenCalled()
  })

  it.each(['many', '-1', '1.5', '0x10', '1e1', '+3', '99999999999999999999'])(
    'warns once, in English, and uses 2 for %j',
    (value) => {
      const warn = vi.fn()
      expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: value }, warn)).toBe(2)
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn.mock.calls[0]?.[0]).toBe(
        `MEDIA_SHARP_SLOTS=${JSON.stringify(value)} is not a non-negative whole number; using 2`,
      )
    },
  )
})

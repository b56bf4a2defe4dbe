/**
 * The upload pipeline's limit on concurrent sharp operations: order, limit, errors, the bound on
 * the queue, a timed-out sharp pipeline freeing its slot, and the setting.
 */
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'

import { isSharpTimeout } from '@/collections/Media/processing/process-image'
import {
  createSlots,
  MAX_WAITING,
  slotsFromEnv,
  SlotsFullError,
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

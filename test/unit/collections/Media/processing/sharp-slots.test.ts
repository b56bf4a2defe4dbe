/** The upload pipeline's limit on concurrent sharp operations: order, limit, errors, setting. */
import { describe, expect, it } from 'vitest'

import { createSlots, slotsFromEnv } from '@/collections/Media/processing/sharp-slots'

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

describe('slotsFromEnv', () => {
  it('reads MEDIA_SHARP_SLOTS, 2 when unset or not a whole number', () => {
    expect(slotsFromEnv({})).toBe(2)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '3' })).toBe(3)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '0' })).toBe(0)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: 'many' })).toBe(2)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '-1' })).toBe(2)
    expect(slotsFromEnv({ MEDIA_SHARP_SLOTS: '1.5' })).toBe(2)
  })
})

/**
 * Why this file: the per-uploader bound was checked on queued operations when a photo is
 * admitted, but an admitted photo queues its six encodes only after its first operation ran.
 * One account sending sixteen photos at once was therefore admitted for all sixteen, which then
 * fanned out to ~96 waiting operations, past the global bound, and every colleague got 503.
 * This reproduces the shape of processImage (one admitted header read, then six encodes).
 */
import { describe, expect, it } from 'vitest'

import { createSlots, SlotsFullError } from '@/collections/Media/processing/sharp-slots'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe("one uploader's burst once each photo fans out", () => {
  it('keeps the queue open to colleagues after the admitted photos queue their encodes', async () => {
    const slots = createSlots(1, 64, 16)
    const gates: Array<() => void> = []
    const op = () => () => new Promise<void>((resolve) => gates.push(resolve))
    const finishOne = async () => {
      gates.shift()?.()
      await tick()
    }
    // A photo as processImage runs it: the admitted header read, then six encodes in parallel.
    const photo = (owner: string) =>
      slots.photo(owner, async () => {
        await slots.run(op(), { admit: true, owner })
        await Promise.all(Array.from({ length: 6 }, () => slots.run(op(), { owner })))
      })
    const held = slots.run(op())
    await tick()
    const burst = Array.from({ length: 16 }, () =>
      photo('users:a').then(
        () => 'done',
        (error: unknown) => (error instanceof SlotsFullError ? error.scope : 'other'),
      ),
    )
    await tick()
    // Let every admitted header read run, so each admitted photo has queued its encodes.
    for (let i = 0; i < 17; i++) await finishOne()
    expect(slots.load.waiting).toBeLessThan(64)
    // A colleague's photo is still admitted.
    const colleague = photo('users:b')
    await tick()
    while (gates.length) await finishOne()
    await expect(colleague).resolves.toBeUndefined()
    await held
    const outcomes = await Promise.all(burst)
    expect(outcomes.filter((o) => o === 'owner').length).toBeGreaterThan(8)
    expect(outcomes).not.toContain('all')
    expect(slots.load).toEqual({ running: 0, waiting: 0 })
  })
})

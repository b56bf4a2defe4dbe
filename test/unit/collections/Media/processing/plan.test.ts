import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { IMAGE_SIZES } from '@/collections/Media/image-sizes'
import { focalCrop, planSize, resizedBox } from '@/collections/Media/processing/plan'

const size = (name: string) => IMAGE_SIZES.find((s) => s.name === name)!

describe('planSize (Payload 3.90 resize actions)', () => {
  it('crops fixed-ratio sizes around the focal point unless the ratio already matches', () => {
    expect(planSize({ width: 4000, height: 3000 }, size('thumbnail'))).toEqual({
      action: 'focal',
      resize: { width: 320 },
      target: { width: 320, height: 180 },
    })
    expect(planSize({ width: 3840, height: 2160 }, size('card'))).toEqual({ action: 'resize' })
    // Wider than the target: the height decides.
    expect(planSize({ width: 3000, height: 1000 }, size('og'))).toMatchObject({
      resize: { height: 630 },
    })
  })

  it('never enlarges width-only sizes', () => {
    expect(planSize({ width: 800, height: 600 }, size('article'))).toEqual({ action: 'resize' })
    expect(planSize({ width: 4000, height: 3000 }, size('article'))).toEqual({
      action: 'focal',
      resize: { width: 1024 },
      target: { width: 1024, height: 768 },
    })
  })
})

describe('focalCrop', () => {
  it('centres on the focal point and stays inside the image', () => {
    const target = { width: 320, height: 180 }
    expect(focalCrop({ width: 320, height: 240 }, target, { x: 50, y: 50 })).toEqual({
      left: 0,
      top: 30,
      width: 320,
      height: 180,
    })
    expect(focalCrop({ width: 320, height: 240 }, target, { x: 50, y: 0 }).top).toBe(0)
    expect(focalCrop({ width: 320, height: 240 }, target, { x: 50, y: 100 }).top).toBe(60)
  })
})

describe('resizedBox matches what sharp produces', () => {
  it('for one-axis resizes of awkward dimensions', async () => {
    const cases: Array<[number, number, { width?: number; height?: number }]> = [
      [4000, 3000, { width: 320 }],
      [3999, 2999, { width: 1024 }],
      [1001, 667, { width: 640 }],
      [2400, 3600, { width: 1200 }],
      [5000, 1234, { height: 630 }],
      [1333, 777, { height: 180 }],
      [6001, 4003, { width: 1920 }],
    ]
    for (const [width, height, resize] of cases) {
      const { info } = await sharp({
        create: { width, height, channels: 3, background: 'white' },
      })
        .resize(resize)
        .raw()
        .toBuffer({ resolveWithObject: true })
      expect(
        resizedBox({ width, height }, resize),
        `${width}×${height} ${JSON.stringify(resize)}`,
      ).toEqual({
        width: info.width,
        height: info.height,
      })
    }
  })
})

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { heicToJpeg } from '@/collections/Media/heic'
import { MAX_IMAGE_PIXELS } from '@/collections/Media/limits'

/*
 * The HEIC conversion runs before the upload's pixel-count check (hooks/validate-upload.ts), so
 * it must hold the decompression-bomb limit itself: a small file that decodes to a huge image
 * would otherwise be decoded whole and re-encoded first. sharp does not care what format it
 * reads here, so a PNG just over the limit stands in for a HEIC one (this machine's sharp has no
 * HEVC decoder).
 */
describe('heicToJpeg', () => {
  it('refuses an image over MAX_IMAGE_PIXELS instead of decoding it', async () => {
    const width = 8000
    const height = Math.ceil(MAX_IMAGE_PIXELS / width) + 8
    const bomb = await sharp({
      create: { width, height, channels: 3, background: { r: 255, g: 255, b: 255 } },
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    await expect(heicToJpeg(bomb)).rejects.toThrow(/pixel limit/i)
  }, 60_000)

  it('still converts an ordinary photo', async () => {
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 120, b: 200 } },
    })
      .png()
      .toBuffer()
    const jpeg = await heicToJpeg(photo)
    expect((await sharp(jpeg).metadata()).format).toBe('jpeg')
  })
})

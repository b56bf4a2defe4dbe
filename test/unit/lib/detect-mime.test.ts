import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { detectMime } from '@/lib/detect-mime'

const img = sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })

describe('detectMime', () => {
  it('recognises the accepted formats by content', async () => {
    expect(detectMime(await img.clone().jpeg().toBuffer())).toBe('image/jpeg')
    expect(detectMime(await img.clone().png().toBuffer())).toBe('image/png')
    expect(detectMime(await img.clone().webp().toBuffer())).toBe('image/webp')
    expect(detectMime(await img.clone().avif().toBuffer())).toBe('image/avif')
    expect(detectMime(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf')
  })

  it('refuses everything else', async () => {
    expect(detectMime(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined()
    expect(detectMime(Buffer.from('GIF89a' + 'x'.repeat(20)))).toBeUndefined()
    expect(detectMime(await img.clone().tiff().toBuffer())).toBeUndefined()
    expect(detectMime(Buffer.from('Văn bản thường, không phải ảnh.'))).toBeUndefined()
    expect(detectMime(Buffer.alloc(4))).toBeUndefined()
  })
})

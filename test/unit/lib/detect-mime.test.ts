import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { detectMime } from '@/lib/detect-mime'

const img = sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })

describe('detectMime', () => {
  it('recognises the accepted formats by content, with the extension a stored file gets', async () => {
    expect(await detectMime(await img.clone().jpeg().toBuffer())).toEqual({
      mime: 'image/jpeg',
      ext: 'jpg',
    })
    expect(await detectMime(await img.clone().png().toBuffer())).toEqual({
      mime: 'image/png',
      ext: 'png',
    })
    expect(await detectMime(await img.clone().webp().toBuffer())).toEqual({
      mime: 'image/webp',
      ext: 'webp',
    })
    expect(await detectMime(await img.clone().avif().toBuffer())).toEqual({
      mime: 'image/avif',
      ext: 'avif',
    })
    expect(await detectMime(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toEqual({
      mime: 'application/pdf',
      ext: 'pdf',
    })
  })

  it('names an HTML page that starts with %PDF- a PDF, whatever it was called', async () => {
    const polyglot = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>')
    expect((await detectMime(polyglot))?.ext).toBe('pdf')
  })

  it('refuses everything else', async () => {
    expect(
      await detectMime(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined()
    expect(await detectMime(Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined()
    expect(await detectMime(Buffer.from('GIF89a' + 'x'.repeat(20)))).toBeUndefined()
    expect(await detectMime(await img.clone().tiff().toBuffer())).toBeUndefined()
    expect(await detectMime(Buffer.from('Văn bản thường, không phải ảnh.'))).toBeUndefined()
    expect(await detectMime(Buffer.alloc(4))).toBeUndefined()
  })
})

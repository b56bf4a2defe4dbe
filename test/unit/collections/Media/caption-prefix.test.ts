import { describe, expect, it } from 'vitest'

import { withCaptionPrefix } from '@/collections/Media/hooks/caption-prefix'
import { safeStem, sizeFileName } from '@/collections/Media/processing/stored-names'

describe('withCaptionPrefix', () => {
  it('puts the shared prefix before each photo caption', () => {
    expect(withCaptionPrefix('Hội nghị:', 'Đồng chí Bí thư phát biểu.')).toBe(
      'Hội nghị: Đồng chí Bí thư phát biểu.',
    )
    expect(withCaptionPrefix('  Hội nghị: ', '')).toBe('Hội nghị:')
    expect(withCaptionPrefix('', 'Chỉ chú thích')).toBe('Chỉ chú thích')
    expect(withCaptionPrefix(undefined, undefined)).toBeUndefined()
  })

  it('does not double a prefix already typed', () => {
    expect(withCaptionPrefix('Hội nghị:', 'Hội nghị: toàn cảnh')).toBe('Hội nghị: toàn cảnh')
  })
})

describe('stored names', () => {
  it('keeps a safe stem and names sizes as Payload does', () => {
    expect(safeStem('../../etc/IMG 0001.HEIC')).toBe('IMG 0001')
    expect(safeStem('.hidden')).toBe('hidden')
    expect(safeStem('a<b>:c?.jpg')).toBe('abc')
    expect(safeStem('')).toBe('anh')
    expect(sizeFileName('IMG_0001', 320, 180, 'webp')).toBe('IMG_0001-320x180.webp')
  })
})

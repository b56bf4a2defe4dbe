import { describe, expect, it } from 'vitest'

import { exifDateToIso, readTakenAt } from '@/collections/Media/processing/taken-at'

import { phonePhoto } from '../../../../../bench/media/photo'

describe('exifDateToIso', () => {
  it('uses the offset the phone wrote', () => {
    expect(exifDateToIso('2026:11:20 08:15:30', '+07:00')).toBe('2026-11-20T01:15:30.000Z')
    expect(exifDateToIso('2026:11:20 08:15:30', '+09:00')).toBe('2026-11-19T23:15:30.000Z')
  })

  it('takes Vietnam time when there is no usable offset', () => {
    expect(exifDateToIso('2026:11:20 08:15:30')).toBe('2026-11-20T01:15:30.000Z')
    expect(exifDateToIso('2026:11:20 08:15:30', 'GMT+7')).toBe('2026-11-20T01:15:30.000Z')
  })

  it('gives null for missing, blank or impossible dates', () => {
    for (const value of [undefined, null, '', '0000:00:00 00:00:00', '2026:13:45 99:00:00', 42]) {
      expect(exifDateToIso(value)).toBeNull()
    }
  })
})

describe('readTakenAt', () => {
  it('reads DateTimeOriginal from a real JPEG and null from one without EXIF', async () => {
    const photo = await phonePhoto({ width: 320, height: 240, takenAt: '2025:02:03 17:45:00' })
    expect(await readTakenAt(photo)).toBe('2025-02-03T10:45:00.000Z')
    const sharp = (await import('sharp')).default
    expect(await readTakenAt(await sharp(photo).jpeg().toBuffer())).toBeNull()
    expect(await readTakenAt(Buffer.from('not an image'))).toBeNull()
  })
})

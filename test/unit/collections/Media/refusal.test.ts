/** A refused upload names its file, cleanly, so a bulk upload's reporter knows which photo failed. */
import { describe, expect, it } from 'vitest'

import { fileNamed } from '@/collections/Media/refusal'

const MESSAGE = 'Tệp ảnh bị hỏng hoặc không đọc được. Vui lòng kiểm tra và tải lại.'

describe('fileNamed', () => {
  it('puts the base name before the message', () => {
    expect(fileNamed('IMG_0412.JPG', MESSAGE)).toBe(`IMG_0412.JPG — ${MESSAGE}`)
    expect(fileNamed('C:\\Ảnh\\hội nghị.jpg', MESSAGE)).toBe(`hội nghị.jpg — ${MESSAGE}`)
  })

  it('drops control characters, shortens long names, and leaves the message alone without one', () => {
    expect(fileNamed('a\u0000b\nc\u009b.jpg', MESSAGE)).toBe(`abc.jpg — ${MESSAGE}`)
    const long = fileNamed(`${'x'.repeat(200)}.jpg`, MESSAGE)
    expect(long.split(' — ')[0]).toHaveLength(80)
    expect(long.split(' — ')[0]?.endsWith('…')).toBe(true)
    expect(fileNamed('', MESSAGE)).toBe(MESSAGE)
    expect(fileNamed(undefined, MESSAGE)).toBe(MESSAGE)
    expect(fileNamed('\u0007', MESSAGE)).toBe(MESSAGE)
  })
})

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

describe('fileNamed with hostile names', () => {
  it('drops bidirectional overrides and isolates, which would reverse the message after the name', () => {
    // 'photo\u202Egpj.exe' shows as 'photoexe.jpg', and the override runs on into the message.
    const named = fileNamed('photo\u202Egpj.exe', MESSAGE)
    expect(named).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
    expect(fileNamed('a\u2067b\u200fc.jpg', MESSAGE)).toBe(`abc.jpg — ${MESSAGE}`)
  })

  it('drops line and paragraph separators, as it drops newlines', () => {
    expect(fileNamed('a\u2028b\u2029c.jpg', MESSAGE)).toBe(`abc.jpg — ${MESSAGE}`)
  })

  it('does not cut a character in half when shortening', () => {
    const named = fileNamed(`${'x'.repeat(78)}😀😀.jpg`, MESSAGE)
    const name = named.split(' — ')[0] ?? ''
    // A lone surrogate does not survive UTF-8 (the JSON answer) and shows as '�'.
    expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name)
  })
})

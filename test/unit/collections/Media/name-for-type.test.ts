import { describe, expect, it } from 'vitest'

import { nameForType } from '@/collections/Media/name-for-type'

describe('nameForType', () => {
  it('replaces the uploader extension with the detected one', () => {
    expect(nameForType('bao-cao.html', 'pdf')).toBe('bao-cao.pdf')
    expect(nameForType('anh.png', 'jpg')).toBe('anh.jpg')
    expect(nameForType('x.pdf.html', 'pdf')).toBe('x.pdf.pdf')
    expect(nameForType('Ảnh hội nghị.JPG', 'jpg')).toBe('Ảnh hội nghị.jpg')
  })

  it('adds one when there is none and never keeps a directory', () => {
    expect(nameForType('nghi-quyet', 'pdf')).toBe('nghi-quyet.pdf')
    expect(nameForType('../../etc/x.html', 'pdf')).toBe('x.pdf')
    expect(nameForType('C:\\Users\\pv\\x.svg', 'png')).toBe('x.png')
    expect(nameForType('.html', 'pdf')).toBe('html.pdf')
    expect(nameForType('', 'pdf')).toBe('tep.pdf')
  })
})

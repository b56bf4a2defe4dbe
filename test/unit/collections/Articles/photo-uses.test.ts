import { describe, expect, it } from 'vitest'

import { creditKey, creditOf, photoUses } from '@/collections/Articles/photo-uses'
import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'

describe('photoUses', () => {
  it('finds photo blocks, gallery images and the cover, with their typed credits', () => {
    const body = lexicalDocument([
      paragraph('Mở đầu'),
      block('photo', { media: 'm1', caption: 'Hội nghị', credit: ' Thu Hà ' }),
      block('gallery', { images: [{ media: { id: 'm2' } }, { media: 'm3', credit: 'Minh' }] }),
    ])
    expect(photoUses({ body, coverImage: 'm4' })).toEqual([
      { mediaId: 'm1', caption: 'Hội nghị', credit: 'Thu Hà' },
      { mediaId: 'm2', caption: '', credit: '' },
      { mediaId: 'm3', caption: '', credit: 'Minh' },
      { mediaId: 'm4', caption: '', credit: '' },
    ])
  })

  it('ignores malformed bodies and blocks without a photo', () => {
    expect(photoUses({ body: 'x' })).toEqual([])
    expect(photoUses({ body: lexicalDocument([block('photo', { caption: 'no media' })]) })).toEqual(
      [],
    )
  })

  it('keys credits like the credit links, block credit first', () => {
    expect(creditKey('Thu Hà')).toBe('thu-ha')
    expect(creditKey('  Đỗ Đức ')).toBe('do-duc')
    const credits = new Map([['m2', 'Thanh Lê']])
    expect(creditOf({ mediaId: 'm2', caption: '', credit: '' }, credits)).toBe('Thanh Lê')
    expect(creditOf({ mediaId: 'm2', caption: '', credit: 'Minh' }, credits)).toBe('Minh')
  })
})

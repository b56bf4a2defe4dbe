import { describe, expect, it } from 'vitest'

import { decodeTypedVietnamese, looksLikeTypedVietnamese } from '@/search/vietnamese/telex'

describe('decodeTypedVietnamese', () => {
  it.each([
    ['nghij quyeets', 'nghị quyết', 'telex'],
    ['ddooir', 'đổi', 'telex'],
    ['chuyeenr ddooir soos', 'chuyển đổi số', 'telex'],
    ['baf riaj', 'bà rịa', 'telex'],
    ['uwr', 'ử', 'telex'],
    ['dduwowngf', 'đường', 'telex'],
    ['dduowngf', 'đường', 'telex'],
    ['hoaf', 'hòa', 'telex'],
    ['hoawcj', 'hoặc', 'telex'],
    ['Vieetj Nam', 'việt Nam', 'telex'],
    ['xaay duwngj ddangr', 'xây dựng đảng', 'telex'],
    ['nghij quyeets 39-NQ/TW', 'nghị quyết 39-NQ/TW', 'telex'],
    ['UBND tirnh', 'UBND tỉnh', 'telex'],
    ['vie65t', 'việt', 'vni'],
    ['d9a3ng', 'đảng', 'vni'],
    ['vie65t nam', 'việt nam', 'vni'],
    ['nghi5 quye61t', 'nghị quyết', 'vni'],
  ])('%s → %s (%s)', (q, text, scheme) => {
    expect(decodeTypedVietnamese(q)).toEqual({ text, scheme })
  })

  it.each([
    'ban to chuc',
    'hoa',
    'bao',
    'xoong',
    'nghị quyết',
    'UBND HĐND TW',
    '39-NQ/TW',
    '2024',
    'news',
    'smart city',
    '',
    '"; DROP TABLE posts; --',
  ])('leaves %s alone', (q) => {
    expect(decodeTypedVietnamese(q)).toBeNull()
  })

  it('looksLikeTypedVietnamese is a cheap hint', () => {
    expect(looksLikeTypedVietnamese('nghij quyeets')).toBe(true)
    expect(looksLikeTypedVietnamese('ban to chuc')).toBe(false)
    expect(looksLikeTypedVietnamese('nghị quyết')).toBe(false)
  })
})

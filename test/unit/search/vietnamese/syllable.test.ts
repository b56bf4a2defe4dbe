import { describe, expect, it } from 'vitest'

import { isFoldedVietnameseSyllable, isVietnameseSyllable } from '@/search/vietnamese/syllable'

describe('isVietnameseSyllable', () => {
  it.each([
    'nghiêng',
    'nghị',
    'quyết',
    'quý',
    'quỳnh',
    'giường',
    'gì',
    'gìn',
    'già',
    'khuỷu',
    'đường',
    'người',
    'Việt',
    'ĐẢNG',
    'hòa',
    'hoà',
    'ủy',
    'a',
    'ở',
    'kỳ',
    'cá',
    'ghế',
    'chúc',
    'học',
    'ếch',
    'xoong',
    'thuở',
    'hoặc',
    'chuyển',
    'ban',
    'hoa',
  ])('%s is a syllable', (s) => {
    expect(isVietnameseSyllable(s)).toBe(true)
  })

  it.each([
    ['chuc', 'stop final without tone'],
    ['chùc', 'stop final with huyền'],
    ['hoảt', 'stop final with hỏi'],
    ['ká', 'k before a'],
    ['cé', 'c before e'],
    ['gè', 'g before e'],
    ['ngi', 'ng before i'],
    ['ghá', 'gh before a'],
    ['qa', 'q without u'],
    ['bk', 'no vowel'],
    ['ă', 'ă needs a final'],
    ['tiếngg', 'bad final'],
    ['news', 'English'],
    ['hóá', 'two tones'],
    ['', 'empty'],
    ['12', 'digits'],
  ])('%s is not (%s)', (s) => {
    expect(isVietnameseSyllable(s)).toBe(false)
  })
})

describe('isFoldedVietnameseSyllable', () => {
  it.each([
    ['ban', true],
    ['to', true],
    ['chuc', true],
    ['quyet', true],
    ['nghieng', true],
    ['duong', true],
    ['nghij', false],
    ['ddooir', false],
    ['soos', false],
    ['ubnd', false],
  ])('%s → %s', (s, expected) => {
    expect(isFoldedVietnameseSyllable(s)).toBe(expected)
  })
})

import { describe, expect, it } from 'vitest'

import { foldVietnamese, hasVietnameseDiacritics } from '@/search/vietnamese/fold'

describe('foldVietnamese', () => {
  it.each([
    ['Đảng', 'dang'],
    ['đ Đ', 'd d'],
    ['ặ ẫ ờ ữ ỵ', 'a a o u y'],
    ['ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ', 'a a a a a a a a a a'],
    ['ế ề ể ễ ệ ố ồ ổ ỗ ộ', 'e e e e e o o o o o'],
    ['ớ ờ ở ỡ ợ ứ ừ ử ữ ự', 'o o o o o u u u u u'],
    ['ĂÂÊÔƠƯĐ', 'aaeooud'],
    ['ỦY BAN NHÂN DÂN', 'uy ban nhan dan'],
    ['Nghị quyết 39-NQ/TW', 'nghi quyet 39-nq/tw'],
    ['Hội đồng nhân dân', 'hoi dong nhan dan'],
    ['đường', 'duong'],
    ['Trường Sa', 'truong sa'],
    ['café naïve', 'cafe naive'],
    ['plain ascii 123', 'plain ascii 123'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected)
  })

  it('folds decomposed input too', () => {
    expect(foldVietnamese('Việt Nam'.normalize('NFD'))).toBe('viet nam')
  })

  it('keeps other scripts', () => {
    expect(foldVietnamese('中文 한국')).toBe('中文 한국')
  })
})

describe('hasVietnameseDiacritics', () => {
  it.each([
    ['nghị quyết', true],
    ['đuk', true],
    ['Đ', true],
    ['ơ', true],
    ['nghi quyet', false],
    ['UBND', false],
    ['123', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(hasVietnameseDiacritics(input)).toBe(expected)
  })
})

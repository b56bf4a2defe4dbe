import { describe, expect, it } from 'vitest'

import { splitGluedToken } from '@/import/parse/glued'
import { repairLine } from '@/import/parse/repair'
import { isOrthographicSyllable } from '@/import/parse/syllable'

import { parseFixture } from '../../../helpers/import-parse'

describe('isOrthographicSyllable', () => {
  it('accepts real syllables, including old-style tone placement', () => {
    for (const w of 'Đảng uỷ ủy hoá hóa khuya quyết quân gì giếng nghiêng người trường thuở xoong Nguyễn'.split(
      ' ',
    )) {
      expect(isOrthographicSyllable(w), w).toBe(true)
    }
  })
  it('rejects glued words, acronyms, English and broken spelling', () => {
    for (const w of [
      'trìnhvà',
      'dựngmới',
      'UBND',
      'ĐUK',
      'online',
      'website',
      'gen',
      'kèt',
      'ca',
    ]) {
      expect(isOrthographicSyllable(w), w).toBe(w === 'ca')
    }
  })
  it('enforces stop-final tone compatibility', () => {
    expect(isOrthographicSyllable('kết')).toBe(true)
    expect(isOrthographicSyllable('kềt')).toBe(false)
    expect(isOrthographicSyllable('hoc')).toBe(false)
  })
})

describe('repairs', () => {
  it('splits a glued word only where one split is certain', () => {
    expect(splitGluedToken('trìnhvà')).toBe('trình và')
    expect(splitGluedToken('dựngmới')).toBe('dựng mới')
    expect(splitGluedToken('data')).toBe('data')
    expect(splitGluedToken('Covid')).toBe('Covid')
  })
  it('normalises spacing, punctuation and NFC', () => {
    const nfd = 'Đảng bộ'.normalize('NFD')
    expect(repairLine(`  ${nfd}   tỉnh ,  huyện ;  xã  `)).toBe('Đảng bộ tỉnh, huyện; xã')
    expect(repairLine('lúc 7 :30 , ‘‘Chi bộ 4 Tốt”')).toBe('lúc 7 :30, “Chi bộ 4 Tốt”')
  })
  it('fixture: repairs glued words but leaves codes, acronyms and English alone', () => {
    const a = parseFixture('glued-words.txt')
    expect(a.title).toBe('Huyện Bảo Lâm hoàn thành công trình và đưa vào sử dụng')
    expect(a.sapo).toContain('12 công trình và 4 mô hình')
    expect(a.sapo).toContain('đã xây dựng mới 2 phần mềm')
    expect(a.bodyText).toContain('UBND huyện, Đảng ủy ĐUK')
    expect(a.bodyText).toContain('12-KH/ĐUK đã triển khai online trên website')
    expect(a.bodyText).toContain('hoá giải vướng mắc được Đảng uỷ')
  })
})

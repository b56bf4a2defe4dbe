import { describe, expect, it } from 'vitest'

import { analyzeForIndex, docNumberKey } from '@/search/vietnamese/analyze'

describe('analyzeForIndex', () => {
  it('produces aligned exact and folded streams', () => {
    expect(analyzeForIndex('Đảng ủy Khối Các cơ quan tỉnh')).toEqual({
      exact: 'đảng ủy khối các cơ quan tỉnh',
      folded: 'dang uy khoi cac co quan tinh',
    })
  })

  it('stores a document number as its key followed by its parts', () => {
    expect(analyzeForIndex('Kế hoạch 87-KH/ĐUK.')).toEqual({
      exact: 'kế hoạch 87khduk 87 kh đuk',
      folded: 'ke hoach 87khduk 87 kh duk',
    })
  })

  it.each([
    ['Đảng uỷ Khối', 'Đảng ủy Khối'],
    ['hoá', 'hóa'],
    ['Hoà bình, khoẻ mạnh', 'Hòa bình, khỏe mạnh'],
    ['Việt Nam'.normalize('NFD'), 'Việt Nam'],
    ['Nghị\u00a0quyết\u200b 39', 'Nghị quyết 39'],
  ])('%s indexes like %s', (a, b) => {
    expect(analyzeForIndex(a)).toEqual(analyzeForIndex(b))
  })

  it('drops punctuation and emoji', () => {
    expect(analyzeForIndex('👍 “Chào mừng” — Đại hội!!!').exact).toBe('chào mừng đại hội')
  })

  it('handles empty text', () => {
    expect(analyzeForIndex('')).toEqual({ exact: '', folded: '' })
  })
})

describe('docNumberKey', () => {
  it.each([
    ['39-NQ/TW', '39nqtw'],
    ['1300-QĐ/TU', '1300qdtu'],
    ['87-KH/ĐUK', '87khduk'],
    ['12-nq/đuk', '12nqduk'],
    ['12/NQ-ĐUK', '12nqduk'],
    ['05/2023/NĐ-CP', '052023ndcp'],
  ])('%s → %s', (code, key) => {
    expect(docNumberKey(code)).toBe(key)
  })
})

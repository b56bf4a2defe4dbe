import { describe, expect, it } from 'vitest'

import { analyzeQuery } from '@/search/vietnamese/analyze'
import { addressedNames, interviewSpeakers, nameKeyOf, nameKeys } from '@/search/vietnamese/names'

describe('whole-name keys', () => {
  it('gives a name and the query for it one key, with or without diacritics', () => {
    expect(nameKeys('Thanh Lê')).toEqual(['nmzthanhle'])
    expect(nameKeyOf(analyzeQuery('thanh le').terms)).toBe('nmzthanhle')
    expect(nameKeyOf(analyzeQuery('Thanh Lê').terms)).toBe('nmzthanhle')
  })

  it('matches a query with or without the stop words the analyzer kept or dropped', () => {
    const keys = nameKeys('Đảng ủy Khối các cơ quan tỉnh')
    expect(keys).toEqual(['nmzdanguykhoicoquantinh', 'nmzdanguykhoicaccoquantinh'])
    for (const q of ['dang uy khoi cac co quan tinh', 'Đảng ủy Khối các cơ quan tỉnh']) {
      expect(keys).toContain(nameKeyOf(analyzeQuery(q).terms))
    }
  })

  it('has no key for a single word or an overlong text', () => {
    expect(nameKeys('Hùng')).toEqual([])
    expect(nameKeys('một hai ba bốn năm sáu bảy tám chín mười')).toEqual([])
  })
})

describe('interview speakers', () => {
  it('finds the speakers of interview turns without their form of address', () => {
    const body =
      'P.V: Thưa đồng chí? Đồng chí Phạm Quốc Hùng: Chúng tôi làm. Phóng viên: Còn gì? ' +
      'Ông Đinh Công Lộc: Còn nhiều.\nBà Lê Thị Mai: Đúng vậy.'
    expect(interviewSpeakers(body)).toEqual(['Phạm Quốc Hùng', 'Đinh Công Lộc', 'Lê Thị Mai'])
  })

  it('ignores the interviewer and ordinary colons', () => {
    expect(interviewSpeakers('Phóng viên: hỏi. Kết quả: tốt. Nơi nhận: các chi bộ.')).toEqual([])
  })
})

describe('leaders named with their form of address', () => {
  it('finds "đồng chí" and the capitalised name after it', () => {
    const text =
      'Đồng chí Hoàng Văn Thắng, Bí thư Đảng ủy Khối, phát biểu. Dự hội nghị có đồng chí Lê Minh.'
    expect(addressedNames(text)).toEqual(['Hoàng Văn Thắng', 'Lê Minh'])
    expect(addressedNames('các đồng chí trong chi bộ')).toEqual([])
  })
})

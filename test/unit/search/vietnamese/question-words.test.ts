import { describe, expect, it } from 'vitest'

import { analyzeQuery } from '@/search/vietnamese/analyze'
import { questionWordPositions } from '@/search/vietnamese/question-words'

const questions = (q: string): string[] => {
  const terms = analyzeQuery(q).terms
  return questionWordPositions(terms).map((i) => terms[i]?.exact ?? '')
}

describe('question words', () => {
  it('finds question expressions, stop words already gone', () => {
    expect(questions('thủ tục kết nạp đảng viên là sinh viên như thế nào')).toEqual(['thế', 'nào'])
    expect(questions('hồ sơ xin vào Đảng gồm những gì')).toEqual(['gì'])
    expect(questions('đại hội tổ chức ở đâu')).toEqual(['đâu'])
    expect(questions('ai ký nghị quyết')).toEqual(['ai'])
    expect(questions('kỳ họp khai mạc ngày nào')).toEqual(['ngày', 'nào'])
    expect(questions('bao nhiêu đảng viên')).toEqual(['bao', 'nhiêu'])
  })

  it('reads question words typed without diacritics', () => {
    expect(questions('thu tuc ket nap nhu the nao')).toEqual(['the', 'nao'])
  })

  it('never calls every word of a query a question word', () => {
    expect(questions('bao nhiêu')).toEqual([])
    expect(questions('ai')).toEqual([])
  })
})

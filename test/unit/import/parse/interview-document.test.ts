import { describe, expect, it } from 'vitest'

import { parseFixture } from '../../../helpers/import-parse'

describe('interview', () => {
  const a = parseFixture('interview.txt')

  it('is an interview with Q&A turns and named speakers', () => {
    expect(a.kind).toBe('interview')
    expect(a.category).toBe('Phỏng vấn')
    expect(a.title).toBe('Nâng cao chất lượng sinh hoạt chi bộ ở các cơ quan cấp huyện')
    expect(a.interview.map((t) => [t.speaker, t.isQuestion])).toEqual([
      ['PV', true],
      ['Đồng chí Lò Văn Toản', false],
      ['Phóng viên', true],
      ['Đồng chí Lò Văn Toản', false],
      ['P.V', true],
    ])
    // The answer continues over paragraphs and across the photo.
    expect(a.interview[1]?.text).toContain('Các chi bộ chủ động xây dựng kế hoạch')
    expect(a.interview[1]?.text).toContain('tăng từ 78% lên 91%')
    expect(a.sapo).toBeUndefined()
  })

  it('keeps the duplicated caption once, without credit', () => {
    expect(a.photos.map((p) => p.caption)).toEqual(['Đồng chí Lò Văn Toản trao đổi với phóng viên'])
    expect(a.authors).toEqual([{ name: 'Trần Quốc Hưng' }])
  })
})

describe('party document (Kết luận)', () => {
  const a = parseFixture('document.txt')

  it('fills the document fields', () => {
    expect(a.kind).toBe('document')
    expect(a.title).toBe(
      'Kết luận của Ban Thường vụ Đảng ủy Khối về công tác chuẩn bị đại hội chi bộ',
    )
    expect(a.document).toEqual({
      docNumber: '45-KL/ĐUK',
      docType: 'Kết luận',
      issuingBody: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      issuedAt: '2024-08-05',
      place: 'Hòa Bình',
      signer: 'Đinh Thị Hạnh',
      signerCapacity: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'PHÓ BÍ THƯ',
      recipients: ['Ban Tổ chức Tỉnh ủy (b/c)', 'Các chi bộ trực thuộc', 'Lưu VP'],
    })
    expect(a.publishedAt).toBe('2024-08-05T00:00:00+07:00')
  })

  it('body stops before Nơi nhận and keeps headings and lists', () => {
    expect(a.body).toContainEqual({ type: 'heading', text: '1. Đánh giá chung' })
    expect(a.body).toContainEqual({
      type: 'list',
      items: [
        'Các chi bộ hoàn thiện dự thảo văn kiện trước ngày 30/8/2024,',
        'Văn phòng Đảng ủy Khối tổng hợp, báo cáo tiến độ hằng tuần.',
      ],
    })
    expect(a.bodyText).not.toMatch(/Nơi nhận|T\/M|ĐINH THỊ HẠNH/)
    expect(a.authors).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'

import { parseFixture } from '../../../helpers/import-parse'

describe('conference report with photos', () => {
  const a = parseFixture('conference-photos.txt')

  it('title, category, sapo and chrome', () => {
    expect(a.kind).toBe('news')
    expect(a.category).toBe('Tin hoạt động')
    expect(a.title).toBe('Đảng ủy Khối Doanh nghiệp tỉnh sơ kết công tác quý I năm 2024')
    expect(a.sapo).toMatch(/^Sáng 13\/5, Đảng ủy Khối Doanh nghiệp/)
    expect(a.body[0]).toEqual(expect.objectContaining({ type: 'paragraph' }))
    expect(a.bodyText).not.toContain(a.sapo ?? '-')
    expect(a.bodyText).not.toMatch(/Chia sẻ|Tin liên quan|Trang chủ|hội thi bí thư/)
  })

  it('photos with credits in place, the repeated caption once', () => {
    expect(a.photos.map((p) => [p.caption, p.credit])).toEqual([
      ['Các đại biểu dự hội nghị', 'Hữu Phước'],
      ['Đồng chí Quách Thị Lan, Phó Bí thư Đảng ủy Khối báo cáo kết quả công tác quý I', 'T.H'],
      ['Công nhân Công ty Cổ phần May Lạc Sơn trong giờ làm việc. Ảnh minh họa', undefined],
    ])
    for (const p of a.photos)
      expect(a.body[p.position]).toEqual(
        expect.objectContaining({ type: 'photo', caption: p.caption }),
      )
  })

  it('heading, spacing repair, byline and source', () => {
    expect(a.body).toContainEqual({ type: 'heading', text: 'Kết quả nổi bật trong quý I' })
    expect(a.bodyText).toContain('27 đảng viên mới, chuyển chính thức cho 31 đảng viên dự bị;')
    expect(a.authors).toEqual([{ name: 'Hải Đăng' }])
    expect(a.source).toBe('Báo Hòa Bình')
  })

  it('fingerprint is a stable sha-256 of title + body', () => {
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(parseFixture('conference-photos.txt').fingerprint).toBe(a.fingerprint)
    expect(parseFixture('date-long.txt').fingerprint).not.toBe(a.fingerprint)
  })
})

describe('captions without credit (Lạng Sơn style)', () => {
  const a = parseFixture('captions-no-credit.txt')

  it('category line, title with full stop dropped, dashed dateline', () => {
    expect(a.category).toBe('Hoạt động Đảng ủy Khối các cơ quan tỉnh Cao Bằng')
    expect(a.title).toBe('Đảng ủy Khối các cơ quan tỉnh tổng kết phong trào thi đua năm 2022')
    expect(a.publishedAt).toBe('2022-12-28T10:05:00+07:00')
    expect(a.sapo).toMatch(/^Ngày 27\/12\/2022/)
  })

  it('recognises captions by shape, and only those', () => {
    expect(a.photos.map((p) => p.caption)).toEqual([
      'Đồng chí Hoàng Thị Mai phát biểu tại hội nghị',
      'Quang cảnh hội nghị',
    ])
    expect(a.photos.every((p) => p.credit === undefined)).toBe(true)
    expect(a.body.filter((b) => b.type === 'paragraph')).toHaveLength(3)
  })

  it('fixes glued words and the author name capitalisation, with a warning', () => {
    expect(a.bodyText).toContain('19 công trình và 7 mô hình')
    expect(a.authors).toEqual([
      { name: 'Nông Thị Thu Hà', unit: 'Văn phòng Đảng ủy Khối các cơ quan tỉnh Cao Bằng' },
    ])
    expect(a.warnings.join()).toContain('Nông Thị thu Hà')
  })
})

describe('category glued to title and sapo on one line', () => {
  it('splits label, title and sapo', () => {
    const a = parseFixture('date-chieu.txt')
    expect(a.category).toBe('Xây dựng Đảng')
    expect(a.title).toBe('Đảng bộ Khối tổ chức hội nghị học tập chuyên đề năm 2022')
    expect(a.sapo).toMatch(/^Đồng chí Bí thư Đảng ủy Khối Lê Văn Thịnh đề nghị/)
    expect(a.body[0]).toEqual(
      expect.objectContaining({ type: 'paragraph', text: expect.stringMatching(/^Chiều 21\/4/) }),
    )
    expect(a.photos).toEqual([
      { caption: 'Các đại biểu dự hội nghị', credit: 'Ngọc Huấn', position: 1, src: undefined },
    ])
  })
})

import { describe, expect, it } from 'vitest'

import { fromIsoInstant, parseDateLine, parseLeadDate } from '@/import/parse/dates'
import { parseLegacyArticle } from '@/import/parse/parse-article'

import { parseFixture } from '../../../helpers/import-parse'

describe('date lines', () => {
  it.each([
    ['Thứ 4, 29/09/2021 | 07:55:42 [GMT +7] A A', '2021-09-29T07:55:42+07:00'],
    ['13-07-2023 13:45', '2023-07-13T13:45:00+07:00'],
    ['Thứ Sáu, 22/11/2024 14:25 (GMT+7)', '2024-11-22T14:25:00+07:00'],
    ['Chủ nhật, 05/01/2020 - 20:10', '2020-01-05T20:10:00+07:00'],
    ['Cập nhật: 05/03/2022', '2022-03-05T00:00:00+07:00'],
  ])('%s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso)
  })
  it('rejects sentences and impossible dates', () => {
    expect(parseDateLine('Ngày 12/7/2023, Đảng ủy Khối tổ chức hội nghị')).toBeUndefined()
    expect(parseDateLine('31/02/2023 10:00')).toBeUndefined()
  })
  it('lead dates: part of day, explicit time, year from the paragraph or the text', () => {
    expect(
      parseLeadDate('Chiều 19/7, hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2024.', '')?.iso,
    ).toBe('2024-07-19T14:00:00+07:00')
    expect(
      parseLeadDate('Tối 2/9, chương trình nghệ thuật diễn ra.', 'năm 2021 … năm 2021')?.iso,
    ).toBe('2021-09-02T19:00:00+07:00')
    expect(parseLeadDate('Sáng 3/5, lúc 9h30, đoàn công tác làm việc.', 'năm 2022')?.iso).toBe(
      '2022-05-03T09:30:00+07:00',
    )
    expect(parseLeadDate('Ngày 10 tháng 7 năm 2024, Ban Chấp hành họp.', '')?.iso).toBe(
      '2024-07-10T00:00:00+07:00',
    )
  })
  it('converts meta instants to Vietnam time', () => {
    expect(fromIsoInstant('2025-03-04T02:15:00Z')).toBe('2025-03-04T09:15:00+07:00')
  })
})

describe('publishedAt in whole articles', () => {
  it('crawl date above the title is ignored; the dateline after the title wins', () => {
    const a = parseFixture('interview.txt')
    expect(a.publishedAt).toBe('2019-12-02T15:20:00+07:00')
    const b = parseFixture('conference-photos.txt')
    expect(b.publishedAt).toBe('2024-05-14T09:12:05+07:00')
  })
  it('`Chiều 21/4` takes the year from the text and 14:00', () => {
    expect(parseFixture('date-chieu.txt').publishedAt).toBe('2022-04-21T14:00:00+07:00')
  })
  it('`Sáng 26/7, lúc 7h30` keeps the stated time and the latest year of the lead', () => {
    expect(parseFixture('date-morning-time.txt').publishedAt).toBe('2022-07-26T07:30:00+07:00')
  })
  it('`Ngày 5 tháng 3 năm 2023`', () => {
    expect(parseFixture('date-long.txt').publishedAt).toBe('2023-03-05T00:00:00+07:00')
  })
  it('`09-10-2020 16:30` dateline beats the event date in the lead', () => {
    const a = parseFixture('date-dashed.txt')
    expect(a.publishedAt).toBe('2020-10-09T16:30:00+07:00')
    expect(a.category).toBe('Tin tức - Sự kiện')
    expect(a.source).toBe('Báo Bắc Kạn')
  })
  it('a page with only a crawl date gets no publishedAt and a warning', () => {
    const a = parseFixture('interview.txt')
    const text =
      'Tất cả chuyên mục\nThứ Sáu, 22/11/2024 14:25 (GMT +7)\nTiêu đề bài viết về chi bộ\nNội dung bài viết không có ngày tháng nào cả, chỉ có phần mô tả.'
    expect(a.warnings.join()).not.toContain('crawl')
    const b = parseLegacyArticle({ text, fileName: 'x.txt', format: 'txt' })
    expect(b.publishedAt).toBeUndefined()
    expect(b.warnings.join()).toContain('crawl date')
  })
})

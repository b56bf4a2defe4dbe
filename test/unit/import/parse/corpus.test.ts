// Runs the parser over the shared scraped samples (not copied into the repo). Samples are picked
// by their content, so renamed or re-numbered files still get the right expectations.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseLegacyArticle } from '@/import/parse/parse-article'
import type { ParsedArticle } from '@/import/parse/types'

import { CORPUS_ABSENT, skipReason } from '../../../helpers/skip-reason'

const dir = path.resolve(process.cwd(), '../shared/corpus')

function load(): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }))
}

describe.skipIf(!existsSync(dir))('shared scraped corpus', skipReason(CORPUS_ABSENT), () => {
  const samples = existsSync(dir) ? load() : []
  const pick = (marker: string): ParsedArticle => {
    const s = samples.find((x) => x.text.includes(marker))
    if (!s) throw new Error(`no sample contains ${marker}`)
    return parseLegacyArticle({ text: s.text, fileName: s.name, format: 'txt' })
  }

  it('parses every sample without throwing and with a title', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5)
    for (const s of samples) {
      const a = parseLegacyArticle({ text: s.text, fileName: s.name, format: 'txt' })
      expect(a.title.length, s.name).toBeGreaterThan(20)
      expect(a.encoding).toBe('unicode')
      expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('Nghệ An conference: category glued to title and sapo, Chiều 19/7, nine credited photos', () => {
    const a = pick('Chiều 19/7')
    expect(a.kind).toBe('news')
    expect(a.category).toBe('Xây dựng Đảng')
    expect(a.title).toBe(
      'Triển khai thực hiện Nghị quyết 39 của Bộ Chính trị và Nghị quyết 137 của Quốc hội quyết liệt và hiệu quả',
    )
    expect(a.sapo).toMatch(
      /^Đồng chí Bí thư Đảng ủy Khối Các cơ quan tỉnh Nghệ An Phạm Tuấn Vinh đề nghị/,
    )
    expect(a.publishedAt).toBe('2024-07-19T14:00:00+07:00')
    expect(a.photos).toHaveLength(9)
    expect(a.photos.every((p) => p.credit === 'Thanh Lê')).toBe(true)
    expect(a.photos[0]?.caption).toBe('Các đại biểu tham dự hội nghị')
    expect(a.photos.at(-1)?.caption).toBe('Quang cảnh hội nghị')
    expect(a.body).toContainEqual({
      type: 'heading',
      text: 'Chủ động, sáng tạo trong triển khai nhiệm vụ chính trị',
    })
    expect(a.body).toContainEqual({ type: 'heading', text: 'Quyết tâm hoàn thành ở mức cao nhất' })
    expect(a.bodyText).not.toContain('Ảnh: Thanh Lê')
    expect(a.authors).toEqual([])
  })

  it('Quảng Ninh: crawl date ignored, article dateline used, byline, chrome removed', () => {
    const a = pick('Minh Yến')
    expect(a.kind).toBe('news')
    expect(a.category).toBe('Đưa nghị quyết của Đảng vào cuộc sống')
    expect(a.title).toBe(
      'Đảng bộ Khối các cơ quan tỉnh: Kiểm tra, giám sát việc thực hiện nghị quyết',
    )
    expect(a.publishedAt).toBe('2021-09-29T07:55:42+07:00')
    expect(a.warnings.join()).toContain('2024-11-22T14:25:00+07:00')
    expect(a.sapo).toMatch(/^Đảng bộ Khối các cơ quan tỉnh có vị trí quan trọng/)
    expect(a.body[0]).toEqual(
      expect.objectContaining({ text: expect.stringMatching(/^Năm 2021 là năm đầu tiên/) }),
    )
    expect(a.authors).toEqual([{ name: 'Minh Yến' }])
    expect(a.photos).toEqual([])
    expect(a.bodyText).not.toMatch(/Tất cả chuyên mục|Liên kết website|Ý kiến \(\)|A A/)
  })

  it('Kết luận: a document with signer, capacity and recipients', () => {
    const a = pick('T/M BAN CHẤP HÀNH')
    expect(a.kind).toBe('document')
    expect(a.title).toBe('Kết luận Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 19 (mở rộng)')
    expect(a.publishedAt).toBe('2024-07-10T00:00:00+07:00')
    expect(a.document?.docType).toBe('Kết luận')
    // The sample carries no `Số …` line of its own; numbers cited in the text must not be taken.
    expect(a.document?.docNumber).toBeUndefined()
    expect(a.document?.signer).toBe('Hoàng Thanh Hải')
    expect(a.document?.signerCapacity).toBe('T/M BAN CHẤP HÀNH')
    expect(a.document?.recipients).toEqual([
      'Thường trực ĐUK',
      'Các đ/c Đảng ủy viên',
      'Các đ/c UVUBKT Đảng ủy',
      'Các Ban, VP Đảng ủy',
      'Các TCCSĐ trực thuộc',
      'Các Đoàn thể Khối',
      'Lưu Văn phòng ĐUK',
    ])
    expect(
      a.body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : '')),
    ).toEqual([
      '1. Đánh giá tình hình công tác 6 tháng đầu năm 2024',
      '2. Một số nhiệm vụ trọng tâm trong 6 tháng cuối năm 2024',
      '3. Về công tác cán bộ.',
    ])
    // Paragraphs cut by stray blank lines are joined again.
    expect(a.bodyText).toContain('khi có biến động về nhân sự')
    expect(a.bodyText).toContain('Chủ động trong công tác bảo vệ nền tảng')
    expect(a.body.find((b) => b.type === 'list')).toEqual(
      expect.objectContaining({ items: expect.arrayContaining([expect.any(String)]) }),
    )
    expect(a.bodyText).not.toMatch(/Nơi nhận|Hoàng Thanh Hải/)
  })

  it('Lạng Sơn: category line, dashed dateline, uncredited captions, glued words, unit byline', () => {
    const a = pick('Vũ Thị phương Nga')
    expect(a.kind).toBe('news')
    expect(a.category).toBe('Hoạt động Đảng ủy Khối các cơ quan tỉnh Lạng Sơn')
    expect(a.title).toMatch(
      /^Đảng uỷ Khối các cơ quan tỉnh tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm/,
    )
    expect(a.title.endsWith('.')).toBe(false)
    expect(a.publishedAt).toBe('2023-07-13T13:45:00+07:00')
    expect(a.sapo).toMatch(/^Ngày 12\/7\/2023, Đảng uỷ Khối/)
    expect(a.photos.map((p) => p.caption)).toEqual([
      'Đồng chí Giáp Thị Bắc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo tại hội nghị',
      'Đồng chí Nguyễn Hoàng Tùng, Tỉnh ủy viên, Bí thư Đảng ủy Khối tặng Giấy khen cho các tập thể',
      'Đồng chí Nguyễn Hoàng Tùng, Tỉnh ủy viên, Bí thư Đảng ủy Khối tặng Giấy khen cho các cá nhân',
    ])
    expect(a.photos.every((p) => p.credit === undefined)).toBe(true)
    expect(a.bodyText).toContain('19 công trình và 05 mô hình')
    expect(a.bodyText).toContain('Xây dựng mới 02 phần mềm')
    expect(a.authors).toEqual([
      { name: 'Vũ Thị Phương Nga', unit: 'Văn phòng Đảng ủy Khối các cơ quan tỉnh Lạng Sơn' },
    ])
    expect(a.warnings.join()).toContain('Vũ Thị phương Nga')
    expect(a.bodyText).not.toContain('Tin liên quan')
  })

  it('Nghệ An interview: Q&A turns, duplicated captions kept once, credited last photo', () => {
    const a = pick('P.V: Xin cảm ơn')
    expect(a.kind).toBe('interview')
    expect(a.title).toBe(
      'Phát huy truyền thống đoàn kết, đề cao trách nhiệm nêu gương, xây dựng Đảng bộ Khối CCQ tỉnh vững mạnh',
    )
    expect(a.publishedAt).toBeUndefined()
    expect(a.interview.map((t) => [t.speaker, t.isQuestion])).toEqual([
      ['P.V', true],
      ['Đồng chí Nguyễn Nam Đình', false],
      ['P.V', true],
      ['Đồng chí Nguyễn Nam Đình', false],
      ['P.V', true],
      ['Đồng chí Nguyễn Nam Đình', false],
      ['P.V', true],
    ])
    expect(a.interview[1]?.text).toContain('Đánh giá chung, trong nhiệm kỳ 2015 – 2020')
    expect(a.interview[5]?.text).toContain('Thứ năm: Quyết liệt lãnh đạo cải cách')
    expect(a.interview.at(-1)?.text).toBe('Xin cảm ơn đồng chí!')
    expect(a.photos).toHaveLength(8)
    expect(a.photos.map((p) => p.caption)).toContain(
      'Đồng chí Nguyễn Nam Đình trả lời phỏng vấn Báo Nghệ An',
    )
    expect(new Set(a.photos.map((p) => p.caption)).size).toBe(8)
    expect(a.photos.at(-1)).toEqual(
      expect.objectContaining({ caption: 'Một góc thành phố Vinh', credit: 'T.D' }),
    )
    expect(a.photos.slice(0, -1).every((p) => p.credit === undefined)).toBe(true)
    expect(a.authors).toEqual([])
  })
})

import { decodeHTML } from 'entities'
import { describe, expect, it } from 'vitest'

import { parseFixture } from '../../../helpers/import-parse'

describe('html article page', () => {
  const a = parseFixture('article.html')

  it('takes title from h1 and the date from article:published_time', () => {
    expect(a.title).toBe('Đảng ủy Khối phát động thi đua chào mừng đại hội')
    expect(a.publishedAt).toBe('2025-03-04T09:15:00+07:00')
    expect(a.sapo).toMatch(/^Sáng 3\/3, Đảng ủy Khối các cơ quan và doanh nghiệp/)
  })

  it('maps images with figcaption / em captions to photos with src', () => {
    expect(a.photos.map(({ caption, credit, src }) => ({ caption, credit, src }))).toEqual([
      {
        caption: 'Quang cảnh lễ phát động',
        credit: 'Thu Trang',
        src: '/uploads/2025/03/hoi-nghi.jpg',
      },
      {
        caption: 'Đồng chí Hà Văn Quyết trao cờ thi đua cho các chi bộ',
        credit: undefined,
        src: '/uploads/2025/03/trao-co.jpg',
      },
    ])
  })

  it('decodes entities, keeps headings, lists, br lines and table rows; drops chrome', () => {
    expect(a.bodyText).toContain('“Đoàn kết – Kỷ cương – Đổi mới”')
    expect(a.body).toContainEqual({ type: 'heading', text: 'Gắn thi đua với nhiệm vụ chính trị' })
    expect(a.body).toContainEqual({
      type: 'list',
      items: ['Hoàn thành văn kiện đại hội trước ngày 30/6', 'Không để xảy ra đơn thư vượt cấp'],
    })
    expect(a.bodyText).toContain('nội dung đột phá để thi đua.\n\nKết quả thi đua')
    expect(a.bodyText).toContain('Sở Y tế 14')
    expect(a.bodyText).not.toMatch(
      /tracking|không phải nội dung|Bản quyền|Tin liên quan|Trang chủ|color/,
    )
    expect(a.authors).toEqual([{ name: 'Thu Trang' }])
  })

  it('decodes named and numeric entities', () => {
    expect(decodeHTML('&Dstrok;&#7843;ng &amp; &#x1EA1;i &agrave; &unknown;')).toBe(
      'Đảng & ại à &unknown;',
    )
  })
})

import { describe, expect, it } from 'vitest'

import { parseByline } from '@/import/parse/byline'
import { looksLikeCaption, parseCreditedCaption } from '@/import/parse/photo'

describe('caption rules', () => {
  it('reads credit forms', () => {
    expect(parseCreditedCaption('Quang cảnh hội nghị. Ảnh: Thanh Hà')).toEqual({
      caption: 'Quang cảnh hội nghị',
      credit: 'Thanh Hà',
    })
    expect(parseCreditedCaption('Đại biểu dự lễ (Ảnh: T.D)')).toEqual({
      caption: 'Đại biểu dự lễ',
      credit: 'T.D',
    })
    expect(parseCreditedCaption('Ảnh minh họa')).toEqual({ caption: 'Ảnh minh họa' })
    expect(parseCreditedCaption('Lễ ra quân. Nguồn: TTXVN')?.credit).toBe('TTXVN')
    expect(
      parseCreditedCaption('Theo kế hoạch, các đơn vị báo cáo trước ngày 5/6.'),
    ).toBeUndefined()
  })

  it('uncredited captions need shape, not just brevity', () => {
    const noImg = { afterPlaceholder: false }
    expect(looksLikeCaption('Quang cảnh hội nghị', noImg)).toBe(true)
    expect(looksLikeCaption('Đồng chí Lê Thị Hoa phát biểu tại hội nghị', noImg)).toBe(true)
    expect(looksLikeCaption('Đồng chí Lê Thị Hoa trả lời phỏng vấn.', noImg)).toBe(true)
    expect(looksLikeCaption('Chủ động, sáng tạo trong triển khai nhiệm vụ', noImg)).toBe(false)
    expect(looksLikeCaption('Phát biểu tại hội nghị, đồng chí Hoa đề nghị đổi mới.', noImg)).toBe(
      false,
    )
    expect(looksLikeCaption('Đồng chí Hoa cho biết: kết quả rất tốt', noImg)).toBe(false)
  })
})

describe('byline', () => {
  it('reads name, name + unit, several authors and the source', () => {
    expect(parseByline(['Đoạn cuối bài viết.', 'Minh Yến']).authors).toEqual([{ name: 'Minh Yến' }])
    expect(parseByline(['Minh Yến - Thanh Lê']).authors).toEqual([
      { name: 'Minh Yến' },
      { name: 'Thanh Lê' },
    ])
    const b = parseByline(['Lê Văn Hòa, Ban Tuyên giáo Đảng ủy Khối', 'Nguồn: Báo Yên Bái'])
    expect(b.authors).toEqual([{ name: 'Lê Văn Hòa', unit: 'Ban Tuyên giáo Đảng ủy Khối' }])
    expect(b.source).toBe('Báo Yên Bái')
    expect(parseByline(['Báo Nghệ An']).source).toBe('Báo Nghệ An')
  })
  it('does not take a closing sentence or a heading for a byline', () => {
    expect(parseByline(['Hội nghị kết thúc trong không khí phấn khởi.']).consumed).toBe(0)
    expect(parseByline(['Quyết tâm hoàn thành nhiệm vụ']).consumed).toBe(0)
  })
})

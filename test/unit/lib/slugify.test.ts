import { describe, expect, it } from 'vitest'

import { nextFreeSlug, slugify } from '@/lib/slugify'

describe('slugify', () => {
  it.each([
    ['Đảng ủy Khối', 'dang-uy-khoi'],
    ['Đảng uỷ Khối các cơ quan tỉnh', 'dang-uy-khoi-cac-co-quan-tinh'],
    ['ĐẢNG ỦY KHỐI', 'dang-uy-khoi'],
    ['Nghị quyết số 39-NQ/TW', 'nghi-quyet-so-39-nq-tw'],
    ['  Hội nghị   sơ kết 6 tháng!!  ', 'hoi-nghi-so-ket-6-thang'],
    ['Phóng sự ảnh: "Mùa xuân" – 2025', 'phong-su-anh-mua-xuan-2025'],
    ['Thủy lợi, hòa bình, khỏe mạnh', 'thuy-loi-hoa-binh-khoe-manh'],
    ['Người dân được hưởng lợi', 'nguoi-dan-duoc-huong-loi'],
    ['Tiếng Việt'.normalize('NFD'), 'tieng-viet'],
    ['🎉 Chúc mừng năm mới 🎉', 'chuc-mung-nam-moi'],
    ['', ''],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Triển khai thực hiện nghị quyết '.repeat(10), 60)
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug.endsWith('-')).toBe(false)
    expect('trien-khai-thuc-hien-nghi-quyet-'.repeat(10)).toContain(slug)
  })

  it('finds the next free slug', () => {
    expect(nextFreeSlug('a', new Set())).toBe('a')
    expect(nextFreeSlug('a', new Set(['a', 'a-2']))).toBe('a-3')
  })
})

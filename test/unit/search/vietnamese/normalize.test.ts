import { describe, expect, it } from 'vitest'

import { normalizeText } from '@/search/vietnamese/normalize'

// Old placement (tone on the second vowel) → canonical placement (first vowel) for open oa/oe/uy.
// prettier-ignore
const TONE_PAIRS: Array<[string, string]> = [
  ['hoà', 'hòa'], ['hoá', 'hóa'], ['hoả', 'hỏa'], ['hoã', 'hõa'], ['hoạ', 'họa'],
  ['khoá', 'khóa'], ['toà', 'tòa'], ['loà', 'lòa'], ['thoả', 'thỏa'], ['xoã', 'xõa'],
  ['xoè', 'xòe'], ['khoẻ', 'khỏe'], ['khoé', 'khóe'], ['loẽ', 'lõe'], ['hoẹ', 'họe'],
  ['uỷ', 'ủy'], ['thuỷ', 'thủy'], ['tuỳ', 'tùy'], ['huý', 'húy'], ['luỹ', 'lũy'], ['thuỵ', 'thụy'],
]

// prettier-ignore
const UNCHANGED = [
  'hoàng', 'hoạch', 'khuyến', 'thuyền', 'quyết', 'oanh', 'uyên', 'hoàn', 'toàn', 'huỳnh',
  'quý', 'quỳ', 'quỹ', 'quả', 'già', 'giữa', 'gì', 'gìn', 'giường', 'khuỷu', 'hoài', 'người',
  'rượu', 'Nghị quyết', 'Trung ương', 'Quốc hội', 'café', 'naïve', 'COVID-19', 'hello world',
]

describe('normalizeText tone placement', () => {
  it.each(TONE_PAIRS)('%s → %s', (old, canonical) => {
    expect(normalizeText(old)).toBe(canonical)
    expect(normalizeText(canonical)).toBe(canonical)
  })

  it.each(TONE_PAIRS)('upper and title case: %s → %s', (old, canonical) => {
    expect(normalizeText(old.toUpperCase())).toBe(canonical.toUpperCase())
    const title = (s: string): string => s[0]!.toUpperCase() + s.slice(1)
    expect(normalizeText(title(old))).toBe(title(canonical))
  })

  it.each(UNCHANGED)('leaves %s as it is', (word) => {
    expect(normalizeText(word)).toBe(word)
  })

  it.each([
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['Đảng uỷ Khối', 'Đảng ủy Khối'],
    ['cụ thể hoá', 'cụ thể hóa'],
    ['gìa', 'già'],
    ['qúa', 'quá'],
    ['qủy', 'quỷ'],
    ['hóan', 'hoán'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })
})

describe('normalizeText characters', () => {
  it.each([
    ['decomposed Việt Nam', 'Việt Nam'.normalize('NFD'), 'Việt Nam'],
    ['decomposed old-style hoà', 'hoà'.normalize('NFD'), 'hòa'],
    ['decomposed Đảng ủy', 'Đảng ủy'.normalize('NFD'), 'Đảng ủy'],
    ['zero-width space', 'Nghị\u200bquyết', 'Nghịquyết'],
    ['zero-width joiners', 'a\u200cb\u200dc', 'abc'],
    ['byte order mark', '\ufeffTin tức', 'Tin tức'],
    ['soft hyphen', 'chuyển\u00adđổi', 'chuyểnđổi'],
    ['control characters', 'a\u0000b\u0007c\u001bd\u007f', 'abcd'],
    ['keeps tab and newline', 'a\tb\nc', 'a\tb\nc'],
    ['CRLF', 'dòng 1\r\ndòng 2', 'dòng 1\ndòng 2'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['no-break space', 'Bộ\u00a0Chính\u202ftrị', 'Bộ Chính trị'],
    ['ideographic and em spaces', 'a\u3000b\u2003c', 'a b c'],
    ['line separator', 'a\u2028b', 'a\nb'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('keeps word lengths so offsets stay meaningful', () => {
    const input = 'Đảng uỷ Khối, hoà bình; KHOẺ mạnh!'
    expect(normalizeText(input)).toHaveLength(input.length)
  })

  it('is idempotent', () => {
    const once = normalizeText('Uỷ ban hoà giải\r\n'.normalize('NFD'))
    expect(normalizeText(once)).toBe(once)
  })
})

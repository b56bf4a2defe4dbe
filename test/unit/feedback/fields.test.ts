import { describe, expect, it } from 'vitest'

import { isContact, readValues, validateValues } from '@/feedback/fields'

const rules = { banned: ['lua dao'], maxLinks: 1 }
const good = {
  'ho-ten': 'Nguyễn Văn An',
  'lien-he': '0912 345 678',
  'noi-dung': 'Bài viết rất hữu ích cho cán bộ cơ sở.',
}

describe('reader form values', () => {
  it('accepts a normal comment', () => {
    expect(validateValues('comment', readValues(good), rules)).toEqual({})
  })

  it('accepts e-mails and Vietnamese phone numbers as contact', () => {
    for (const ok of ['an@vidu.vn', '0912345678', '+84 912 345 678', '024.3825.1234'])
      expect(isContact(ok), ok).toBe(true)
    for (const bad of ['abc', '12345', 'an@', 'gọi tôi']) expect(isContact(bad), bad).toBe(false)
  })

  it('names every missing field in Vietnamese', () => {
    const errors = validateValues('comment', readValues({}), rules)
    expect(errors.name).toMatch(/họ và tên/)
    expect(errors.contact).toMatch(/Thư điện tử|số điện thoại/)
    expect(errors.text).toMatch(/nội dung ý kiến/)
  })

  it('refuses text over the limit, too many links and banned words', () => {
    const long = validateValues(
      'comment',
      readValues({ ...good, 'noi-dung': 'a'.repeat(2001) }),
      rules,
    )
    expect(long.text).toMatch(/vượt quá 2000/)
    const links = validateValues(
      'comment',
      readValues({ ...good, 'noi-dung': 'Xem http://a.vn và http://b.vn nhé' }),
      rules,
    )
    expect(links.text).toMatch(/liên kết/)
    const banned = validateValues(
      'comment',
      readValues({ ...good, 'noi-dung': 'Đây là trò LỪA ĐẢO rõ ràng' }),
      rules,
    )
    expect(banned.text).toMatch(/không phù hợp/)
  })

  it('refuses a link in the name or the topic, which are shown beside the text', () => {
    // Spam puts its site where the reader's name is printed: no link fits a name.
    const name = validateValues('comment', readValues({ ...good, 'ho-ten': 'Nhà cái fb88.vip' }), {
      ...rules,
      maxLinks: 2,
    })
    expect(name.name).toMatch(/liên kết/)
    const topic = validateValues(
      'question',
      readValues({
        ...good,
        'linh-vuc': 'https://vi-du.com',
        'noi-dung': 'Xin hỏi thủ tục chuyển sinh hoạt đảng?',
      }),
      { ...rules, maxLinks: 2 },
    )
    expect(topic.topic).toMatch(/liên kết/)
    // Initials are not links.
    expect(
      validateValues('comment', readValues({ ...good, 'ho-ten': 'Trần T. Mai' }), rules),
    ).toEqual({})
  })

  it('strips control characters and keeps line breaks in the text', () => {
    const v = readValues({
      ...good,
      'ho-ten': 'An\u0000\u0007',
      'noi-dung': 'Dòng 1\r\nDòng 2\u0000',
    })
    expect(v.name).toBe('An')
    expect(v.text).toBe('Dòng 1\nDòng 2')
  })
})

import { describe, expect, it } from 'vitest'

import {
  countLinks,
  findBannedWords,
  foldVietnamese,
  parseBannedWords,
} from '@/feedback/text-rules'

describe('countLinks', () => {
  it('counts schemes, www. and bare domains', () => {
    expect(countLinks('Xem http://a.vn/x và https://b.com?q=1')).toBe(2)
    expect(countLinks('www.vi-du.org rồi ghé shop-gia-re.xyz/khuyen-mai')).toBe(2)
    expect(countLinks('Mua ngay tại CASINO.COM')).toBe(1)
  })

  it('does not count ordinary Vietnamese text, numbers or abbreviations', () => {
    expect(countLinks('Nghị quyết số 39-NQ/TW, ngày 15.01.2024, tỷ lệ 98.5%.')).toBe(0)
    expect(countLinks('Đảng ủy Khối các cơ quan tỉnh. Hết.')).toBe(0)
    expect(countLinks('TP.HCM, Q.1, P.Bến Nghé, v.v. Tổ 5.Phường 2')).toBe(0)
  })

  it('counts the domains Vietnamese gambling spam uses', () => {
    // Bookmakers' comment spam ("nhà cái uy tín") lives on these TLDs, not on .com alone.
    expect(countLinks('Nhà cái fb88.vip, kubet.win, vn88.club và 8xbet.bet')).toBe(4)
    expect(countLinks('xem trực tiếp tại bongda.live hoặc keo.pro, tải app.cc')).toBe(3)
  })

  it('counts a domain written in full-width or lookalike letters, or with an ideographic dot', () => {
    // Browsers read these as casino.com (IDNA maps full-width forms and U+3002 to ASCII).
    expect(countLinks('Vào ｃａｓｉｎｏ．ｃｏｍ ngay')).toBe(1)
    expect(countLinks('Vào casino。com ngay')).toBe(1)
    // Cyrillic с and о in the TLD.
    expect(countLinks('Vào casino.\u0441\u043em ngay')).toBe(1)
  })

  it('counts a Vietnamese (IDN) domain whose name ends in an accented letter', () => {
    // Browsers open xổsố.vip and bóngđá.com as they are (IDNA); only a name ending in an ASCII
    // letter was counted before (nhàcái.vip was, xổsố.vip was not).
    expect(countLinks('Vào xổsố.vip hoặc bóngđá.com, lôđề.net')).toBe(3)
    expect(countLinks('Tên: đá.com')).toBe(1)
    // Ordinary text around the accented words is still no link.
    expect(countLinks('Nguyễn Văn An, P.12, Q.3, tỷ lệ 1.5%. Về nhà.Mẹ ơi, thôi.Có')).toBe(0)
    expect(countLinks('a..casino.com và -casino.com, nhưng x_casino.com thì không')).toBe(2)
  })

  it('reads a 4,000-character dotted or hyphenated run in linear time', () => {
    // `\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.tld` retried the whole run from every word start:
    // quadratic, ~60 ms a call on `a.a.a.…` (4,000 characters), against ~0.1 ms for prose.
    const time = (text: string): number => {
      const start = performance.now()
      for (let i = 0; i < 20; i++) countLinks(text)
      return performance.now() - start
    }
    const prose = 'Ý kiến của bạn đọc về bài viết. '.repeat(125).slice(0, 4000)
    const runs = ['a.'.repeat(2000), 'a-'.repeat(2000), ('ab.' + 'c-'.repeat(10)).repeat(175)]
    time(prose)
    for (const run of runs) {
      expect(countLinks(run.slice(0, 4000))).toBe(0)
      const reference = time(prose)
      expect(time(run.slice(0, 4000))).toBeLessThan(Math.max(reference, 1) * 20)
    }
  })
})

describe('banned words', () => {
  const banned = parseBannedWords('lừa đảo\ncá độ,  Casino \n\n')

  it('parses one entry per line or comma, folded', () => {
    expect(banned).toEqual(['lua dao', 'ca do', 'casino'])
    expect(foldVietnamese('Đảng Ủy')).toBe('dang uy')
  })

  it('matches whatever the case and diacritics', () => {
    expect(findBannedWords('Trang này LỪA ĐẢO người dân', banned)).toEqual(['lua dao'])
    expect(findBannedWords('trang nay lua  dao nguoi dan', banned)).toEqual(['lua dao'])
    expect(findBannedWords('Chơi CÁ-ĐỘ bóng đá', banned)).toEqual(['ca do'])
    expect(findBannedWords('casino!', banned)).toEqual(['casino'])
  })

  it('matches whole words only', () => {
    expect(findBannedWords('các độ tuổi', banned)).toEqual([])
    expect(findBannedWords('casinos và lừa đảon', banned)).toEqual([])
    expect(findBannedWords('ăn cá', parseBannedWords('cá'))).toEqual(['ca'])
    expect(findBannedWords('các cán bộ', parseBannedWords('cá'))).toEqual([])
  })

  it('ignores diacritics by design, so a short entry also bans its unaccented twins', () => {
    // README: list phrases rather than short words for that reason.
    expect(findBannedWords('cả nhà', parseBannedWords('cá'))).toEqual(['ca'])
  })

  it('is not fooled by invisible format characters or full-width letters', () => {
    // Zero-width space, soft hyphen, word joiner, bidi override: invisible, yet they split words.
    expect(findBannedWords('l\u200Bừa đảo', banned)).toEqual(['lua dao'])
    expect(findBannedWords('lừ\u00ADa đ\u2060ảo', banned)).toEqual(['lua dao'])
    expect(findBannedWords('\u202Ecasino', banned)).toEqual(['casino'])
    // Full-width forms (U+FF41…) read as the same letters.
    expect(findBannedWords('ＣＡＳＩＮＯ', banned)).toEqual(['casino'])
    expect(findBannedWords('xem\u200Bcasino', banned)).toEqual(['casino'])
    // A zero-width space between two words still separates nothing: no false match either.
    expect(findBannedWords('các\u200B độ tuổi', banned)).toEqual([])
  })

  it('is not fooled by Cyrillic or Greek letters that look Latin', () => {
    // саsino: Cyrillic с (U+0441) and а (U+0430); lừа đảо: Cyrillic а and о.
    expect(findBannedWords('Chơi \u0441\u0430sino online', banned)).toEqual(['casino'])
    expect(findBannedWords('trang này l\u1eeb\u0430 \u0111\u1ea3\u043e', banned)).toEqual([
      'lua dao',
    ])
    // Upper-case Cyrillic and Greek capitals: СΑЅΙΝΟ.
    expect(findBannedWords('\u0421\u0391\u0405\u0399\u039d\u039f', banned)).toEqual(['casino'])
    // Greek ι and ο in lower case.
    expect(findBannedWords('cas\u03b9n\u03bf', banned)).toEqual(['casino'])
    // Text that is really Cyrillic does not turn into a banned Latin word by accident.
    expect(findBannedWords('Привет, как дела?', banned)).toEqual([])
  })

  it('finds nothing with an empty list', () => {
    expect(findBannedWords('lừa đảo', [])).toEqual([])
  })
})

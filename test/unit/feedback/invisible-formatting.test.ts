import { describe, expect, it } from 'vitest'

import {
  hasInvisibleFormatting,
  stripInvisibleFormatting as strip,
} from '@/feedback/invisible-formatting'

describe('invisible formatting in readers’ text', () => {
  it('takes out every bidi embedding, override and isolate', () => {
    const controls = [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u061c',
    ]
    for (const c of controls) expect(strip(`Xem ${c}nv.ccc${c} nhé`)).toBe('Xem nv.ccc nhé')
    // A name shown reversed to moderators ("Bình" read right to left) comes back as typed.
    expect(strip('Nguyễn \u202ehniB\u202c')).toBe('Nguyễn hniB')
  })

  it('takes out zero-width and other invisible characters that split or blank words', () => {
    expect(strip('l\u200bừa\u2060 đ\u00adảo\ufeff')).toBe('lừa đảo')
    expect(strip('\u3164')).toBe('')
    expect(strip('a\u2062b\u206ac\u180ed')).toBe('abcd')
  })

  it('keeps Vietnamese letters, tone marks, punctuation and line breaks as they are', () => {
    const text = 'Đảng ủy Khối các cơ quan tỉnh: “Nghị quyết 39-NQ/TW” (2024)!\nCảm ơn.'
    expect(strip(text)).toBe(text)
    // Decomposed tone marks (combining characters) are letters' parts, not formatting.
    const decomposed = 'Vie\u0302\u0323t Nam'
    expect(strip(decomposed)).toBe(decomposed)
    expect(hasInvisibleFormatting(text)).toBe(false)
  })

  it('drops LRM and RLM from left-to-right text but keeps them beside right-to-left letters', () => {
    expect(strip('Xin \u200fchào\u200e')).toBe('Xin chào')
    const arabic = 'Trích dẫn: «\u200fمرحبا\u200f» (tiếng Ả Rập)'
    expect(strip(arabic)).toBe(arabic)
    // An override is never needed, even there.
    expect(strip(`${arabic}\u202e`)).toBe(arabic)
  })

  it('keeps emoji sequences: ZWJ families, skin tones, VS16, subdivision flags', () => {
    const family = '👨\u200d👩\u200d👧'
    const farmer = '👩🏽\u200d🌾'
    const heart = '❤\ufe0f'
    const scotland = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'
    const text = `Cả nhà ${family} ${farmer} ${heart} ${scotland}`
    expect(strip(text)).toBe(text)
  })

  it('drops joiners and tag characters outside those sequences', () => {
    expect(strip('Trần\u200dThị')).toBe('TrầnThị')
    expect(strip('ab\u200ccd')).toBe('abcd')
    // Tag characters spell hidden ASCII ("ASCII smuggling") unless they form a flag.
    expect(strip('Xin chào\u{e0068}\u{e0069}')).toBe('Xin chào')
    // ZWNJ between Persian letters is spelling, and stays.
    expect(strip('می\u200cخواهم')).toBe('می\u200cخواهم')
  })
})

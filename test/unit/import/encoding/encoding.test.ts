import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  decodeBytes,
  detectEncoding,
  encodeTcvn3,
  encodeViqr,
  encodeVni,
  toUnicode,
} from '@/import/encoding/index'
import { TCVN3_ENCODE } from '@/import/encoding/tcvn3'

import { fixtureDir, readFixture } from '../../../helpers/import-parse'

const SAMPLE =
  'Đảng ủy Khối các cơ quan tỉnh Hà Giang tổ chức hội nghị sơ kết. Đồng chí Nguyễn Văn Quyết ' +
  'phát biểu: những người trẻ ưu tú được kết nạp, ý kiến đóng góp rất thiết thực. KẾT LUẬN của ' +
  'Ban Thường vụ về việc học tập nghị quyết. Họ đã đến.'

describe('legacy Vietnamese encodings', () => {
  it('has the full 134-letter TCVN3 table', () => {
    expect(TCVN3_ENCODE.size).toBe(134)
  })

  it.each([
    ['tcvn3', encodeTcvn3],
    ['vni', encodeVni],
    ['viqr', encodeViqr],
  ] as const)('round-trips and detects %s', (enc, encode) => {
    const legacy = encode(SAMPLE)
    expect(legacy).not.toBe(SAMPLE)
    expect(detectEncoding(legacy)).toBe(enc)
    expect(toUnicode(legacy, enc)).toBe(SAMPLE)
  })

  it('decodes hand-written known pairs', () => {
    expect(toUnicode('§¶ng bé', 'tcvn3')).toBe('Đảng bộ')
    expect(toUnicode('®ång chÝ Bé ChÝnh trÞ', 'tcvn3')).toBe('đồng chí Bộ Chính trị')
    expect(toUnicode('KÕT LUËN', 'tcvn3')).toBe('KẾT LUẬN')
    expect(toUnicode('Vieät Nam', 'vni')).toBe('Việt Nam')
    expect(toUnicode('Ñaûng uûy Khoái', 'vni')).toBe('Đảng ủy Khối')
    expect(toUnicode('nöôùc', 'vni')).toBe('nước')
    expect(toUnicode('Vie^.t Nam', 'viqr')).toBe('Việt Nam')
    expect(toUnicode('d-i ddu+o+`ng, DDa?ng', 'viqr')).toBe('đi đường, Đảng')
    expect(toUnicode('truo+`ng ho.c', 'viqr')).toBe('trường học')
  })

  it('keeps plain English, ASCII and real Unicode Vietnamese as unicode', () => {
    expect(detectEncoding('The committee met on Monday. Is it done? Yes, it is.')).toBe('unicode')
    expect(detectEncoding('UBND tinh, ban hanh 12-NQ/DUK ngay 5/3/2024')).toBe('unicode')
    expect(detectEncoding(SAMPLE)).toBe('unicode')
    expect(detectEncoding('café à la carte, naïve résumé')).toBe('unicode')
    expect(detectEncoding('')).toBe('unicode')
  })

  it('decodes UTF-8 with and without BOM, UTF-16 with BOM, and cp1252 fallback', () => {
    const text = 'Đảng bộ tỉnh'
    const utf8 = new TextEncoder().encode(text)
    expect(decodeBytes(utf8)).toBe(text)
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text)
    const le = Buffer.from(text, 'utf16le')
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text)
    const be = Buffer.from(le).swap16()
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text)
    expect(decodeBytes(new Uint8Array([0xa7, 0xb6, 0x6e, 0x67]))).toBe('§¶ng')
  })

  it('fixture files match the generator (legacy-source.txt through the inverse tables)', () => {
    const src = readFixture('legacy-source.txt')
    const bytes = (name: string): Uint8Array => readFileSync(path.join(fixtureDir, name))
    expect(decodeBytes(bytes('legacy-tcvn3.txt'))).toBe(encodeTcvn3(src))
    expect(decodeBytes(bytes('legacy-vni.txt'))).toBe(encodeVni(src))
    expect(decodeBytes(bytes('legacy-viqr.txt'))).toBe(encodeViqr(src))
  })
})

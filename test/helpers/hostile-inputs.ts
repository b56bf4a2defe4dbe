// Generated hostile strings for fuzzing: markup and attribute breakers carrying a marker, query
// and FTS syntax, Unicode that trips normalisers (overrides, zero-width, lone surrogates,
// combining floods), control bytes, traversal and header injection, and long random mixes of
// them with Vietnamese text. Seeded, so a failure can be reproduced.
import { rng } from '../../bench/search/corpus'

function fragments(mark: string): string[] {
  return [
    `<${mark}>`,
    `<${mark} on${mark}=1>`,
    `"><${mark}>`,
    `'><${mark} on${mark}=alert(1)>`,
    `" on${mark}="1`,
    `</title><${mark}>`,
    `</script><${mark}>`,
    `<svg on${mark}=1>`,
    `javascript:${mark}`,
    `<!--<${mark}>-->`,
    `]]><${mark}>`,
    '"',
    "'",
    '`',
    '<',
    '>',
    '&',
    '&amp;',
    '&#x3C;',
    '\\',
    '%',
    '%25',
    '+',
    '?',
    '#',
    '/',
    '../',
    '..%2f',
    '....//',
    '/etc/passwd',
    '\r\nSet-Cookie: x=1',
    '\u0000',
    '\u0007',
    '\u001b[31m',
    '\u202e',
    '\u200b\u200c\u200d\ufeff',
    '\ud800',
    '\udfff',
    '\u0301'.repeat(50),
    'ﷺ',
    '𝕍𝕚𝕖𝕥',
    '🇻🇳🎉',
    'NEAR(',
    '*',
    '"unclosed',
    'title:',
    'AND OR NOT',
    '^~-+:{}[]()',
    "'; DROP TABLE articles; --",
    '1 OR 1=1',
    '${7*7}',
    '{{7*7}}',
    '__proto__',
    'constructor',
    '-1',
    '0',
    '99999999999999999999',
    'NaN',
    '2024-13-45',
    '1e309',
    'Đảng ủy Khối',
    'nghị quyết 39-NQ/TW',
    'UBND tỉnh',
    'chuyeenr ddooir soos',
    'Ảnh: Thanh Lê',
    'x'.repeat(1200),
    'đ'.repeat(400),
  ]
}

export function hostileInputs(mark: string, count: number, seed: number): string[] {
  const parts = fragments(mark)
  const next = rng(seed)
  const pick = () => parts[Math.floor(next() * parts.length)] ?? ''
  const out = [...parts]
  while (out.length < count) {
    const n = 1 + Math.floor(next() * 5)
    out.push(Array.from({ length: n }, pick).join(next() < 0.5 ? ' ' : ''))
  }
  return out.slice(0, count)
}

/** encodeURIComponent that sends lone surrogates as the invalid UTF-8 a broken client would. */
export function encodeHostile(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return [...text]
      .map((char) => {
        const code = char.charCodeAt(0)
        return code >= 0xd800 && code <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(char)
      })
      .join('')
  }
}

// TCVN3 (ABC, the `.VnTime` fonts) is single-byte: every precomposed lower-case letter owns a code
// in 0xA1..0xFE, read back here as the Latin-1 character a cp1252 decoder produces. Only the seven
// hat/horn capitals and Đ have their own codes; other capitals were typed with the lower-case code
// in the all-caps `.VnTimeH` font, so the decoder re-capitalises them from the surrounding word.

const LOWER =
  'à:b5 ả:b6 ã:b7 á:b8 ạ:b9 ă:a8 ằ:bb ẳ:bc ẵ:bd ắ:be ặ:c6 â:a9 ầ:c7 ẩ:c8 ẫ:c9 ấ:ca ậ:cb đ:ae ' +
  'è:cc ẻ:ce ẽ:cf é:d0 ẹ:d1 ê:aa ề:d2 ể:d3 ễ:d4 ế:d5 ệ:d6 ì:d7 ỉ:d8 ĩ:dc í:dd ị:de ' +
  'ò:df ỏ:e1 õ:e2 ó:e3 ọ:e4 ô:ab ồ:e5 ổ:e6 ỗ:e7 ố:e8 ộ:e9 ơ:ac ờ:ea ở:eb ỡ:ec ớ:ed ợ:ee ' +
  'ù:ef ủ:f1 ũ:f2 ú:f3 ụ:f4 ư:ad ừ:f5 ử:f6 ữ:f7 ứ:f8 ự:f9 ỳ:fa ỷ:fb ỹ:fc ý:fd ỵ:fe'
const UPPER_OWN = 'Ă:a1 Â:a2 Ê:a3 Ô:a4 Ơ:a5 Ư:a6 Đ:a7'

function parsePairs(spec: string): Array<[string, string]> {
  return spec.split(' ').map((pair) => {
    const [ch = '', hex = '0'] = pair.split(':')
    return [ch, String.fromCharCode(parseInt(hex, 16))]
  })
}

const lowerPairs = parsePairs(LOWER)
const upperOwnPairs = parsePairs(UPPER_OWN)

/** Unicode letter → TCVN3 character, all 134 letters (67 lower + 67 upper). */
export const TCVN3_ENCODE: ReadonlyMap<string, string> = new Map<string, string>([
  ...lowerPairs,
  // Capitals without their own code reuse the lower-case code (the `.VnTimeH` convention).
  ...lowerPairs.map(([ch, code]): [string, string] => [ch.toUpperCase(), code]),
  ...upperOwnPairs,
])

export const TCVN3_DECODE: ReadonlyMap<string, string> = new Map<string, string>([
  ...lowerPairs.map(([ch, code]): [string, string] => [code, ch]),
  ...upperOwnPairs.map(([ch, code]): [string, string] => [code, ch]),
])

export function encodeTcvn3(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) out += TCVN3_ENCODE.get(ch) ?? ch
  return out
}

const WORD = /[^\s.,;:!?()"'“”‘’[\]{}<>/\\|-]+/g

export function decodeTcvn3(text: string): string {
  return text.replace(WORD, (word) => {
    let decoded = ''
    for (const ch of word) decoded += TCVN3_DECODE.get(ch) ?? ch
    if (decoded === word) return word
    // A word whose plain ASCII letters are all capitals was set in `.VnTimeH`.
    const ascii = word.replace(/[^A-Za-z]/g, '')
    const allCaps = ascii.length > 0 && ascii === ascii.toUpperCase()
    const capitalsOnly = ascii.length >= 2 || word.length === 1
    return allCaps && capitalsOnly ? decoded.toUpperCase() : decoded
  })
}

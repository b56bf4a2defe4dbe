// Decodes a legacy source file to text. Order: a byte-order mark; a page's own <meta charset>
// (unless the bytes are plainly valid UTF-8, which no single-byte Vietnamese page is by
// accident); valid UTF-8; UTF-8 with a few broken bytes (replaced, and counted so the importer
// can warn) when most of the non-ASCII bytes form valid UTF-8; else windows-1252, which
// hands TCVN3/VNI "ANSI" files byte for byte to detectEncoding/toUnicode.

export interface DecodedSource {
  text: string
  /** WHATWG encoding name actually used. */
  charset: string
  /** Invalid UTF-8 sequences turned into U+FFFD. */
  replaced: number
}

/** Only the head is searched for a declaration, as browsers do (they stop at 1024 bytes). */
const SNIFF_BYTES = 4096
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i

/** The charset a page declares in its first kilobytes, as a WHATWG encoding name. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES))
  const label = META_CHARSET.exec(head)?.[1]
  if (!label) return undefined
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined // a font name (TCVN3, VNI) or a typo: guess from the bytes instead
  }
}

/** Valid multi-byte UTF-8 sequences and invalid bytes, in one pass. */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0
    if (len === 1) {
      i++
      continue
    }
    let ok = len > 0 && i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80
    if (ok) {
      valid++
      i += len
    } else {
      invalid++
      i++
    }
  }
  return { valid, invalid }
}

const utf8 = (bytes: Uint8Array, replaced = 0): DecodedSource => ({
  text: new TextDecoder('utf-8').decode(bytes),
  charset: 'utf-8',
  replaced,
})

export function decodeSource(buf: Uint8Array, options: { html?: boolean } = {}): DecodedSource {
  const [b0, b1, b2] = buf
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(buf.subarray(3))
  if (b0 === 0xff && b1 === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(buf.subarray(2)),
      charset: 'utf-16le',
      replaced: 0,
    }
  if (b0 === 0xfe && b1 === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(buf.subarray(2)),
      charset: 'utf-16be',
      replaced: 0,
    }
  const shape = utf8Shape(buf)
  if (shape.invalid === 0) return utf8(buf)
  const declared = options.html ? declaredCharset(buf) : undefined
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return { text: new TextDecoder(declared).decode(buf), charset: declared, replaced: 0 }
  }
  // A page that says UTF-8, or bytes that mostly are: a few broken bytes stay local damage.
  if (declared === 'utf-8' || shape.valid >= 10 * shape.invalid) return utf8(buf, shape.invalid)
  return { text: new TextDecoder('windows-1252').decode(buf), charset: 'windows-1252', replaced: 0 }
}

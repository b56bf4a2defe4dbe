// Files come from old portals and office PCs: UTF-8 (with or without BOM), UTF-16 with BOM, or
// single-byte TCVN3/VNI saved as "ANSI". The single-byte case is decoded as windows-1252 so the
// result is exactly what detectEncoding/toUnicode expect.

export function decodeBytes(buf: Uint8Array): string {
  const [b0, b1, b2] = buf
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return new TextDecoder('utf-8').decode(buf.subarray(3))
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    return new TextDecoder('windows-1252').decode(buf)
  }
}

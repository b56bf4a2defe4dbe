// Files come from old portals and office PCs: UTF-8 (with or without BOM), UTF-16 with BOM, or
// single-byte TCVN3/VNI saved as "ANSI". The single-byte case is decoded as windows-1252 so the
// result is exactly what detectEncoding/toUnicode expect; the rules are in charset.ts.
import { decodeSource } from './charset'

export function decodeBytes(buf: Uint8Array): string {
  return decodeSource(buf).text
}

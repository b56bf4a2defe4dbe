import { decodeTcvn3 } from './tcvn3'
import type { VietEncoding } from './detect'
import { decodeViqr } from './viqr'
import { decodeVni } from './vni'

export { decodeBytes } from './decode-bytes'
export { detectEncoding, type VietEncoding } from './detect'
export { encodeTcvn3, decodeTcvn3 } from './tcvn3'
export { encodeVni, decodeVni } from './vni'
export { encodeViqr, decodeViqr } from './viqr'

export function toUnicode(text: string, enc: VietEncoding): string {
  switch (enc) {
    case 'tcvn3':
      return decodeTcvn3(text).normalize('NFC')
    case 'vni':
      return decodeVni(text).normalize('NFC')
    case 'viqr':
      return decodeViqr(text).normalize('NFC')
    default:
      return text.normalize('NFC')
  }
}

import type { VietEncoding } from './detect'
import { decodeTcvn3 } from './tcvn3'
import { decodeViqr } from './viqr'
import { decodeVni } from './vni'

export { decodeBytes } from './decode-bytes'
export { detectEncoding, type VietEncoding } from './detect'
export { decodeTcvn3, encodeTcvn3 } from './tcvn3'
export { decodeViqr, encodeViqr } from './viqr'
export { decodeVni, encodeVni } from './vni'

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

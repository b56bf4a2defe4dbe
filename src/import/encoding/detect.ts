// Score-based guess of the legacy encoding a text was typed in. Every signal counts things that
// are (nearly) impossible in real Unicode Vietnamese or in English, and each verdict needs both an
// absolute count and a rate per word, so short or foreign texts stay 'unicode'.

export type VietEncoding = 'unicode' | 'tcvn3' | 'vni' | 'viqr'

/** Letters that only exist as precomposed Vietnamese code points outside Latin-1. */
const UNICODE_VIET = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/g
/** TCVN3 letters from 0xA1..0xBF are cp1252 symbols (§ ¶ µ ¸ ® ¬ …); inside a word they betray it. */
const TCVN3_SYMBOL =
  /(?<=[A-Za-z\u00C0-\u00FF])[\u00A1-\u00BF]|[\u00A1-\u00BF](?=[A-Za-z\u00C0-\u00FF])/g
/** VNI puts a mark byte after the vowel: `aù`, `eä`, `oà`, `ôù`, `öø` … */
const VNI_PAIR = /[aeouyAEOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/g
/** VNI single-byte letters that no Vietnamese Unicode word contains (ñ = đ, ö = ư, æ = ỉ). */
const VNI_SINGLE = /[ñÑöÖæÆ](?=[A-Za-z\u00C0-\u00FF])|(?<=[A-Za-z])[ñÑöÖæÆ]/g
const VIQR_MOD = /[aeouAEOU][\^(+]/g
const VIQR_TONE = /[aeiouyAEIOUY][\^(+]?['`~?.](?=[a-zA-Z])|[aeiouyAEIOUY][\^(+]['`~]/g
const VIQR_DD = /(?<![A-Za-z])(dd|DD|Dd|d-|D-)(?=[aeiouyAEIOUY])/g

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0
}

export function detectEncoding(text: string): VietEncoding {
  const words = text.match(/\S+/g)?.length ?? 0
  if (words === 0) return 'unicode'
  const unicode = count(text, UNICODE_VIET)
  if (unicode >= 3 || unicode / words >= 0.05) return 'unicode'

  const tcvn3 = count(text, TCVN3_SYMBOL)
  const vni = count(text, VNI_PAIR) + count(text, VNI_SINGLE)
  const viqrMods = count(text, VIQR_MOD) + count(text, VIQR_DD)
  const viqr = viqrMods + count(text, VIQR_TONE)

  const rate = (n: number): number => n / words
  // TCVN3 text also produces VNI-looking pairs (`Quèc`), but VNI never produces the symbols.
  if (tcvn3 >= 2 && rate(tcvn3) >= 0.05) return 'tcvn3'
  if (vni >= 2 && rate(vni) >= 0.08) return 'vni'
  if (viqr >= 3 && viqrMods >= 1 && rate(viqr) >= 0.08) return 'viqr'
  return 'unicode'
}

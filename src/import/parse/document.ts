// Party documents (Kết luận, Nghị quyết, Kế hoạch …) copied as articles: an upper-case type
// heading, maybe a `Số 12-NQ/ĐUK` number and `Nơi, ngày … tháng … năm …` line, then the text, the
// `Nơi nhận:` list and the signer block (`T/M BAN CHẤP HÀNH` / `BÍ THƯ` / name). Word's two-column
// tables arrive interleaved, so the tail is read line by line by shape, not by order.
import { parseLongDate } from './dates'
import { isAllCaps, normaliseCapsName } from './names'
import { wordsPattern } from './regex'
import type { DocumentFields } from './types'

const DOC_TYPES: Record<string, string> = {
  'NGHỊ QUYẾT': 'Nghị quyết',
  'KẾT LUẬN': 'Kết luận',
  'KẾ HOẠCH': 'Kế hoạch',
  'QUYẾT ĐỊNH': 'Quyết định',
  'CHỈ THỊ': 'Chỉ thị',
  'THÔNG BÁO': 'Thông báo',
  'HƯỚNG DẪN': 'Hướng dẫn',
  'QUY ĐỊNH': 'Quy định',
  'QUY CHẾ': 'Quy chế',
  'CHƯƠNG TRÌNH': 'Chương trình',
  'BÁO CÁO': 'Báo cáo',
  'THÔNG TRI': 'Thông tri',
}

const NUMBER = /^số\s*:?\s*(\d{1,5}\s*-\s*[\p{Lu}]{1,6}\s*\/\s*[\p{Lu}\d.-]{1,15})/iu
const PLACE_DATE = /^([\p{L} .]{2,40}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu
const NOI_NHAN = /^nơi\s+nhận\s*:?\s*/iu
const CAPACITY = /^(T\/M|TM\.?|K\/T|KT\.?|T\/L|TL\.?|TUQ\.?|Q\.|Q\/)\s*\p{Lu}/u
const SIGNER_TITLE = wordsPattern(
  'PHÓ BÍ THƯ THƯỜNG TRỰC|PHÓ BÍ THƯ|BÍ THƯ|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|' +
    'CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|ỦY VIÊN|UỶ VIÊN',
  'u',
  '$',
)
const SIGNED_NOTE =
  /^\((đã ký|ký|ký tên|ký, ghi rõ họ tên|đã ký và đóng dấu|ký tên, đóng dấu)[^)]*\)$/iu
const NATIONAL = /^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HOÀ XÃ HỘI|CỘNG HÒA XÃ HỘI|ĐỘC LẬP|\*)/iu

export interface DocumentLayout {
  fields: DocumentFields
  /** document type + subject, used as the article title */
  title: string
  bodyStart: number
  bodyEnd: number
}

export function docTypeOf(line: string): string | undefined {
  const t = line.trim()
  if (!isAllCaps(t)) return undefined
  const key = Object.keys(DOC_TYPES).find((k) => t === k || t.startsWith(k + ' '))
  return key ? DOC_TYPES[key] : undefined
}

function isNameLine(t: string): boolean {
  const words = t.split(/\s+/)
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    t.length <= 40 &&
    words.every((w) => /^\p{Lu}/u.test(w))
  )
}

export function detectDocument(lines: string[]): DocumentLayout | undefined {
  const headIdx = lines.slice(0, 12).findIndex((l) => docTypeOf(l) !== undefined)
  if (headIdx < 0) return undefined
  const fields: DocumentFields = { recipients: [], docType: docTypeOf(lines[headIdx] ?? '') }
  for (const line of lines.slice(0, headIdx + 1)) {
    const num = line.match(NUMBER)
    if (num?.[1]) fields.docNumber = num[1].replace(/\s+/g, '')
    const pd = line.match(PLACE_DATE)
    const date = pd ? parseLongDate(line) : undefined
    if (pd?.[1] && date) {
      fields.place = pd[1].trim()
      fields.issuedAt = `${date.y}-${String(date.mo).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`
    }
    if (isAllCaps(line) && !NATIONAL.test(line) && !num && !docTypeOf(line))
      fields.issuingBody = line.trim()
  }

  const noiNhan = lines.findIndex((l, i) => i > headIdx && NOI_NHAN.test(l))
  const capacity = lines.findIndex((l, i) => i > headIdx && CAPACITY.test(l))
  if (!fields.docNumber && noiNhan < 0 && capacity < 0) return undefined

  // The subject (trích yếu) follows the type heading: one or two short lines without a full stop.
  const headline = lines[headIdx]?.trim() ?? ''
  const typeKey = Object.keys(DOC_TYPES).find((k) => headline.startsWith(k)) ?? ''
  let subject = headline.slice(typeKey.length).trim()
  let bodyStart = headIdx + 1
  for (let k = 0; k < 2 && !subject.endsWith('.'); k++) {
    const next = lines[bodyStart]?.trim() ?? ''
    if (!next || next.length > 200 || /[.:;]$/.test(next) || NUMBER.test(next)) break
    if (subject && !/^(\p{Ll}|về |V\/v)/u.test(next)) break
    subject = subject ? `${subject} ${next}` : next
    bodyStart++
  }
  const title = subject ? `${fields.docType} ${subject}` : (fields.docType ?? '')

  const tailStarts = [noiNhan, capacity].filter((i) => i >= 0)
  const bodyEnd = tailStarts.length ? Math.min(...tailStarts) : lines.length
  readTail(lines.slice(bodyEnd), fields)
  return { fields, title: title.trim(), bodyStart, bodyEnd }
}

function readTail(tail: string[], fields: DocumentFields): void {
  let inRecipients = false
  for (const raw of tail) {
    const line = raw.trim()
    if (NOI_NHAN.test(line)) {
      inRecipients = true
      const rest = line.replace(NOI_NHAN, '')
      if (rest) fields.recipients.push(cleanRecipient(rest))
    } else if (/^[-+•]\s*/.test(line) && inRecipients) {
      fields.recipients.push(cleanRecipient(line))
    } else if (CAPACITY.test(line)) {
      const title = splitCapacity(line)
      fields.signerCapacity = title.capacity
      if (title.title) fields.signerTitle = title.title
    } else if (SIGNER_TITLE.test(line)) {
      fields.signerTitle = line
    } else if (SIGNED_NOTE.test(line)) {
      continue
    } else if (fields.signerCapacity && isNameLine(line)) {
      fields.signer = normaliseCapsName(line)
    }
  }
}

function cleanRecipient(s: string): string {
  return s
    .replace(/^[-+•]\s*/, '')
    .replace(/[,;.]+$/, '')
    .trim()
}

/** `T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ` on one line → capacity + title. */
function splitCapacity(line: string): { capacity: string; title?: string } {
  const m = line.match(/^(.*?)\s+((?:PHÓ )?BÍ THƯ(?: THƯỜNG TRỰC)?|CHỦ NHIỆM|TRƯỞNG BAN)$/u)
  return m?.[1] && m[2] && !/BAN$/.test(line) ? { capacity: m[1], title: m[2] } : { capacity: line }
}

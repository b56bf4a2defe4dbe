/**
 * The readers' forms, field by field: the names the HTML form posts, their limits, and the
 * checks with their Vietnamese messages. Shared by the Express route (which validates) and the
 * site's form component (which shows limits and messages), so they cannot drift.
 */
import { stripInvisibleFormatting } from './invisible-formatting'
import { countLinks, findBannedWords } from './text-rules'

export type FeedbackKind = 'comment' | 'question'

/** Names the HTML forms post (short, Vietnamese, stable: bookmarklets and tests use them). */
export const FIELD = {
  name: 'ho-ten',
  contact: 'lien-he',
  text: 'noi-dung',
  topic: 'linh-vuc',
  article: 'bai',
  token: 'ma',
  /** The honeypot: hidden from people, filled by bots that fill every field. */
  honeypot: 'website',
} as const

export const LIMITS = {
  name: 80,
  contact: 120,
  topic: 100,
  text: { comment: { min: 5, max: 2000 }, question: { min: 10, max: 4000 } },
} as const

export interface FeedbackValues {
  name: string
  contact: string
  text: string
  topic: string
}

export type FeedbackErrors = Partial<Record<keyof FeedbackValues | 'form', string>>

export interface ContentRules {
  banned: readonly string[]
  maxLinks: number
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** Vietnamese numbers: 0 or +84 then 9–10 digits, spaces, dots and dashes allowed. */
const PHONE = /^(?:\+?84|0)\d{8,10}$/

export function isContact(value: string): boolean {
  return EMAIL.test(value) || PHONE.test(value.replace(/[\s.-]/g, ''))
}

/**
 * Control characters and invisible formatting (bidi overrides, zero-width characters:
 * invisible-formatting.ts) out, newlines kept in the text, NFC, trimmed.
 */
const clean = (value: unknown, multiline = false): string => {
  const text = typeof value === 'string' ? value : ''
  const stripped = multiline
    ? text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    : text.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return stripInvisibleFormatting(stripped.normalize('NFC')).trim()
}

export function readValues(body: Record<string, unknown>): FeedbackValues {
  return {
    name: clean(body[FIELD.name]),
    contact: clean(body[FIELD.contact]),
    text: clean(body[FIELD.text], true),
    topic: clean(body[FIELD.topic]),
  }
}

export function validateValues(
  kind: FeedbackKind,
  v: FeedbackValues,
  rules: ContentRules,
): FeedbackErrors {
  const errors: FeedbackErrors = {}
  const text = LIMITS.text[kind]
  const what = kind === 'comment' ? 'ý kiến' : 'câu hỏi'
  if (!v.name) errors.name = 'Vui lòng nhập họ và tên.'
  else if (v.name.length > LIMITS.name) errors.name = `Họ và tên dài quá ${LIMITS.name} ký tự.`
  // The name (and a question's topic) is printed beside the text: spam puts its site there,
  // where the text's link limit never looked. No name or topic needs a link.
  else if (countLinks(v.name) > 0) errors.name = 'Họ và tên không được chứa đường liên kết.'
  if (!v.contact) errors.contact = 'Vui lòng nhập thư điện tử hoặc số điện thoại để liên hệ.'
  else if (v.contact.length > LIMITS.contact || !isContact(v.contact))
    errors.contact =
      'Thư điện tử hoặc số điện thoại chưa đúng (ví dụ: ten@vidu.vn hoặc 0912 345 678).'
  if (v.topic.length > LIMITS.topic) errors.topic = `Lĩnh vực dài quá ${LIMITS.topic} ký tự.`
  else if (countLinks(v.topic) > 0) errors.topic = 'Lĩnh vực không được chứa đường liên kết.'
  if (v.text.length < text.min)
    errors.text = `Vui lòng nhập nội dung ${what} (ít nhất ${text.min} ký tự).`
  else if (v.text.length > text.max)
    errors.text = `Nội dung ${what} dài ${v.text.length} ký tự, vượt quá ${text.max} ký tự cho phép.`
  else if (countLinks(v.text) > rules.maxLinks)
    errors.text =
      rules.maxLinks === 0
        ? 'Nội dung không được chứa đường liên kết.'
        : `Nội dung chứa quá nhiều đường liên kết (tối đa ${rules.maxLinks}).`
  if (!errors.text && !errors.name) {
    const found = findBannedWords(`${v.name}\n${v.text}\n${v.topic}`, rules.banned)
    if (found.length > 0)
      errors.text =
        'Nội dung có từ ngữ không phù hợp với quy định của cổng thông tin. Vui lòng sửa lại trước khi gửi.'
  }
  return errors
}

/** Messages for a form token that cannot be accepted; the form comes back with its values. */
export const TOKEN_MESSAGES = {
  malformed: 'Biểu mẫu không hợp lệ hoặc đã cũ. Vui lòng kiểm tra lại nội dung và gửi lại.',
  forged: 'Biểu mẫu không hợp lệ hoặc đã cũ. Vui lòng kiểm tra lại nội dung và gửi lại.',
  expired: 'Biểu mẫu đã hết hạn vì để quá lâu. Nội dung của bạn vẫn còn, vui lòng gửi lại.',
  'too-fast': 'Bạn gửi quá nhanh. Vui lòng kiểm tra lại nội dung và bấm gửi lại sau vài giây.',
  replayed: 'Biểu mẫu này đã được gửi một lần. Nếu bạn muốn gửi tiếp, vui lòng bấm gửi lại.',
  'other-network':
    'Biểu mẫu này được mở từ một mạng khác với mạng bạn đang dùng để gửi (ví dụ vừa chuyển từ Wi-Fi sang 4G). Nội dung của bạn vẫn còn, vui lòng bấm gửi lại.',
} as const

// Helpers for Vietnamese personal names in bylines, speaker labels and signer blocks.

export const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Mai Trịnh ' +
    'Lương Thái Chu Hà Cao Lâm Tạ Quách Đoàn Vương Trương Kiều Giáp Lò Triệu Tô Từ Hứa Lưu Nông ' +
    'Lục Mạc Tăng Thân Khổng Khúc La Lã Ông Phùng Quan Tống Văn Vi Viên Âu Đàm Đồng Hầu Kim Lạc ' +
    'Mạnh Ninh Sầm Thạch Tôn Triệu Ưng Y Bế Hoàng Ma Sùng Hờ Vàng Thào Giàng Lò Lường Cầm Quàng'
  ).split(' '),
)

const CAPITALISED = /^\p{Lu}\p{Ll}*$/u
const INITIALS = /^(\p{Lu}\.){1,3}\p{Lu}?\.?$/u

export const isCapitalised = (word: string): boolean => CAPITALISED.test(word)
export const isInitials = (word: string): boolean => INITIALS.test(word)

export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase()
}

export function titleCaseWord(word: string): string {
  const lower = word.toLocaleLowerCase('vi')
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)
}

/** `HOÀNG VĂN AN` → `Hoàng Văn An`; mixed-case names are returned untouched. */
export function normaliseCapsName(name: string): string {
  return isAllCaps(name) ? name.split(/\s+/).map(titleCaseWord).join(' ') : name
}

export interface NameCheck {
  ok: boolean
  /** the name with a single lower-case given-name word capitalised */
  fixed: string
}

/**
 * A person's name or pen name: 1–5 words, each capitalised or initials (`T.D`). One lower-case
 * word is tolerated (and fixed) when the first word is a known surname (`Vũ Thị phương Nga`).
 */
export function checkPersonName(text: string): NameCheck {
  const words = text.trim().split(/\s+/)
  const bad = { ok: false, fixed: text }
  if (words.length < 1 || words.length > 5 || text.length > 40) return bad
  if (words.length === 1) return { ok: isInitials(words[0] ?? ''), fixed: text }
  const lower = words.filter((w) => !isCapitalised(w) && !isInitials(w))
  if (lower.length === 0) return { ok: true, fixed: text }
  const first = words[0] ?? ''
  const fixable =
    lower.length === 1 &&
    words.length >= 3 &&
    SURNAMES.has(first) &&
    /^\p{Ll}+$/u.test(lower[0] ?? '')
  return fixable
    ? { ok: true, fixed: words.map((w) => (isCapitalised(w) ? w : titleCaseWord(w))).join(' ') }
    : bad
}

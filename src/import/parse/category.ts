// Category labels (chuyên mục) that scrapers keep above the title, sometimes glued onto the title
// line itself ("Xây dựng Đảng Triển khai thực hiện …").
import { wordsPattern } from './regex'

/** Labels that may also be glued to the title: multi-word and distinctive. */
const GLUEABLE = [
  'Xây dựng Đảng',
  'Tin tức - Sự kiện',
  'Tin tức – Sự kiện',
  'Tin tức sự kiện',
  'Tin hoạt động',
  'Hoạt động của lãnh đạo',
  'Hoạt động các cơ sở đảng',
  'Kiểm tra - Giám sát',
  'Kiểm tra, giám sát',
  'Gương điển hình',
  'Gương người tốt việc tốt',
  'Học tập và làm theo Bác',
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Bảo vệ nền tảng tư tưởng của Đảng',
  'Đưa nghị quyết của Đảng vào cuộc sống',
  'Đưa Nghị quyết vào cuộc sống',
  'Nghiên cứu - Trao đổi',
  'Nghiên cứu trao đổi',
  'Tin địa phương',
  'Tin trong tỉnh',
  'Tin tổng hợp',
  'Công tác tổ chức',
  'Công tác tuyên giáo',
  'Công tác dân vận',
  'Cải cách hành chính',
  'Chuyển đổi số',
  'Văn bản chỉ đạo',
  'Văn bản - Tài liệu',
  'Thời sự chính trị',
]

/** Short generic labels: only recognised when they fill the whole line. */
const STANDALONE = [
  'Tin tức',
  'Thời sự',
  'Chính trị',
  'Sự kiện',
  'Tiêu điểm',
  'Phỏng vấn',
  'Chuyên đề',
  'Văn bản',
  'Thông báo',
  'Dân vận',
  'Tuyên giáo',
  'Đoàn thể',
  'Công đoàn',
  'Tin ảnh',
  'Kinh tế',
  'Xã hội',
]

const norm = (s: string): string =>
  s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()

const GLUEABLE_SORTED = [...GLUEABLE].sort((a, b) => b.length - a.length)
const ALL = new Set([...GLUEABLE, ...STANDALONE].map(norm))

/** `Hoạt động Đảng ủy Khối các cơ quan tỉnh Lạng Sơn`: a unit's activity rubric. */
const ACTIVITY_RUBRIC =
  /^hoạt động (của )?(đảng (ủy|uỷ|bộ)|ban |các |cơ sở|lãnh đạo|công đoàn|đoàn )[^.!?:;,]{0,70}$/iu

export function isCategoryLine(line: string): boolean {
  const n = norm(line)
  return ALL.has(n) || ACTIVITY_RUBRIC.test(n)
}

/** Splits `Label Title …` when a known label is followed by a capitalised word. */
export function splitGluedCategory(line: string): { category: string; rest: string } | undefined {
  const n = norm(line)
  for (const label of GLUEABLE_SORTED) {
    const l = norm(label)
    if (!n.startsWith(l + ' ')) continue
    const rest = line.normalize('NFC').trim().slice(label.length).trim()
    if (rest.length >= 15 && /^[\p{Lu}\d“"]/u.test(rest)) return { category: label, rest }
  }
  return undefined
}

const SAPO_OPENERS = wordsPattern(
  'Đồng chí|Các đồng chí|Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Vừa qua|Thực hiện|Nhằm|Với|Trong|' +
    'Tại|Năm|Những năm qua|Thời gian qua|Qua|Sau|Để|Theo|Ông|Bà',
  'u',
)
const FUNCTION_WORDS = new Set(
  'của và với cho tại về trong các những là ở từ đến theo bởi do được có một'.split(' '),
)

/**
 * Title and sapo that ran together on one line. The cut goes before a capitalised sapo opener
 * (`Đồng chí`, `Chiều`, `Ngày` …) that follows an ordinary lower-case word — never after a
 * function word (`của Bộ Chính trị` is a name inside the title) — and the sapo must end the line
 * with a full stop.
 */
export function splitTitleSapo(line: string): { title: string; sapo: string } | undefined {
  if (line.length < 120 || !/[.!…]$/.test(line)) return undefined
  const words = line.split(' ')
  let offset = 0
  for (let i = 0; i < words.length - 1; i++) {
    offset += (words[i] ?? '').length + 1
    const prev = words[i] ?? ''
    if (offset < 25 || offset > 250 || !/^[\p{Ll}\d]+$/u.test(prev) || FUNCTION_WORDS.has(prev))
      continue
    const rest = line.slice(offset)
    if (SAPO_OPENERS.test(rest) && rest.length >= 60)
      return { title: line.slice(0, offset).trim(), sapo: rest }
  }
  return undefined
}

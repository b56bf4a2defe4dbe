// Site chrome that scrapers copy along with the article: menus, share buttons, counters, the
// related-articles list. Lines are matched whole, so an article sentence is never dropped.
import { wordsPattern } from './regex'
import type { SourceLine } from './types'

const EXACT = new Set(
  [
    'tất cả chuyên mục',
    'liên kết website',
    'trang chủ',
    'in bài',
    'in bài viết',
    'chia sẻ',
    'bản in',
    'gửi bài',
    'gửi email',
    'gửi cho bạn bè',
    'a a',
    'a+ a-',
    'a- a+',
    'a- a a+',
    'lên đầu trang',
    'về đầu trang',
    'quay lại',
    'trở về',
    'bình luận',
    'gửi bình luận',
    'ý kiến bạn đọc',
    'ý kiến',
    'facebook',
    'zalo',
    'twitter',
    'tweet',
    'like',
    'share',
    'email',
    'print',
    'xem thêm',
    'đọc thêm',
    'copy link',
    'cỡ chữ',
    'lưu bài',
    'nghe đọc bài',
    'phóng to',
    'thu nhỏ',
    'đánh giá bài viết',
    'tin nổi bật',
    'đọc nhiều',
    'xem nhiều',
    'menu',
    'tìm kiếm',
  ].map((s) => s.normalize('NFC')),
)

const PATTERNS: RegExp[] = [
  /^ý kiến\s*\(\s*\d*\s*\)$/iu,
  /^bình luận\s*\(\s*\d*\s*\)$/iu,
  /^(lượt xem|đã xem|số lượt xem|lượt đọc|lượt truy cập)\s*:?\s*[\d.,]+$/iu,
  /^[\d.,]+\s*(lượt xem|lượt đọc|views?)$/iu,
  /^trang chủ\s*[>»›/|]/iu,
  /^(tags?|từ khóa|từ khoá)\s*:/iu,
  /^(chia sẻ|share)\s*:?(\s*(facebook|zalo|twitter|email|in|print|,))*$/iu,
  /^[*\-_=.•~]{1,20}$/u,
]

/** A heading after which the page only lists other articles. */
const RELATED = wordsPattern(
  'tin liên quan|tin khác|các tin khác|bài viết liên quan|bài liên quan|tin bài liên quan|' +
    'tin cùng chuyên mục|các tin đã đưa|tin đã đưa|tin mới hơn|tin cũ hơn|các tin cũ hơn|xem tiếp',
  'iu',
  '\\s*:?$',
)

export function isChromeLine(text: string): boolean {
  const t = text.trim().toLowerCase()
  return EXACT.has(t) || PATTERNS.some((re) => re.test(t))
}

/** Drops chrome lines and cuts the related-articles tail (only in the lower part of the page). */
export function stripChrome(lines: SourceLine[]): SourceLine[] {
  const contentCount = lines.filter((l) => !l.blank).length
  const out: SourceLine[] = []
  let seen = 0
  for (const line of lines) {
    if (line.blank) {
      out.push(line)
      continue
    }
    seen++
    if (RELATED.test(line.text) && seen > contentCount * 0.3) break
    if (!isChromeLine(line.text)) out.push(line)
  }
  return out
}

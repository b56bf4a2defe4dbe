// Photo captions. A credit (`Ảnh: Thanh Lê`, `(Ảnh: T.D)`, `Nguồn: …`, `Ảnh minh họa`) at the end
// of a line makes it a caption outright. Without a credit (the Lạng Sơn portal drops them) a line
// is a caption only when its shape says so — see looksLikeCaption.
import { wordsPattern } from './regex'

export interface Caption {
  caption: string
  credit?: string
}

const CREDIT =
  /^(.*?)[\s.,;–-]*[([]?\s*(ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh tl|ảnh internet|nguồn)\s*:\s*([^():;]{1,50}?)\s*[)\]]?\s*\.?$/iu
const ILLUSTRATION =
  /^(.*?)[\s.,;–-]*[([]?\s*(ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)\s*[)\]]?\s*\.?$/iu

/** A credit is a name, initials or an outlet: short, no sentence inside it. */
function creditOk(credit: string): boolean {
  return credit.split(/\s+/).length <= 7 && !/[!?]/.test(credit)
}

export function parseCreditedCaption(line: string): Caption | undefined {
  const m = line.match(CREDIT)
  if (m && m[3] !== undefined && creditOk(m[3])) {
    const label = (m[2] ?? '').toLowerCase()
    const caption = cleanCaption(m[1] ?? '')
    const credit = m[3].replace(/\.$/, '').trim()
    // `Ảnh minh họa: Internet` keeps the fact that the picture is an illustration.
    const illustration = label.startsWith('ảnh minh')
      ? (caption ? `${caption}. ` : '') + 'Ảnh minh họa'
      : caption
    if (label === 'nguồn' && caption.length === 0) return undefined
    return { caption: illustration, credit }
  }
  const ill = line.match(ILLUSTRATION)
  if (ill) {
    const caption = cleanCaption(ill[1] ?? '')
    return { caption: caption ? `${caption}. Ảnh minh họa` : 'Ảnh minh họa' }
  }
  return undefined
}

export function cleanCaption(text: string): string {
  return text
    .replace(/^[\s(]+|[\s.,;–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const SUBJECT = wordsPattern(
  'đồng chí|các đồng chí|đ/c|các đại biểu|đại biểu|quang cảnh|toàn cảnh|lãnh đạo |' +
    'các tập thể|các cá nhân|một góc|ông|bà|đoàn công tác|thường trực|ban thường vụ|tiếp công dân',
)
const SCENE_WORDS =
  'phát biểu|trao|tặng|tham dự|dự|chủ trì|trả lời|làm việc|thăm|nêu|báo cáo|tham luận|' +
  'khánh thành|chụp ảnh|trao đổi|chúc mừng|khảo sát|dâng hương|gặp mặt|thảo luận|biểu quyết|' +
  'tiếp nhận|cắt băng|ký kết'
const SCENE = new RegExp(`(?<!\\p{L})(${SCENE_WORDS})(?!\\p{L})`, 'iu')
const SCENE_ONLY = /^(quang cảnh|toàn cảnh|một góc)(?!\p{L})/iu

export interface CaptionContext {
  /** a picture placeholder (blank-with-spaces run or <img>) stands right before the line */
  afterPlaceholder: boolean
}

/**
 * Uncredited captions, conservatively. The line must be short (≤ 220 chars), hold at most one
 * sentence and no colon (a colon means a quote, a list intro or an interview turn). A line that
 * ends with a full stop needs both a caption subject at the start (`Đồng chí …`, `Các đại biểu …`)
 * and a scene verb (`phát biểu`, `trao`, `tặng`, `trả lời` …). A line without a full stop needs
 * one of those plus a second signal: the other one, or a picture placeholder right before it.
 * `Quang cảnh/Toàn cảnh …` alone is enough. Body sentences open with a date or an organisation,
 * run longer, or lack a scene verb, so they stay paragraphs; placeholders alone prove nothing
 * because some portals leave blank-with-space lines between ordinary paragraphs too.
 */
export function looksLikeCaption(line: string, ctx: CaptionContext): boolean {
  const t = line.trim()
  if (t.length < 8 || t.length > 220 || /:(?!\d)/.test(t)) return false
  if (/[.!?…]\s+\p{Lu}/u.test(t.replace(/\b(TP|Tp|St|Th|TS|ThS|PGS|GS)\.\s/g, ''))) return false
  if (SCENE_ONLY.test(t) && t.length <= 120) return true
  const subject = SUBJECT.test(t)
  const scene = SCENE.test(t)
  if (/[.!?…]$/.test(t)) return subject && scene
  return (subject || scene) && (subject && scene ? true : ctx.afterPlaceholder)
}

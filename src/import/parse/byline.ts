// The tail of a news article: author line(s) and a named source. Read bottom-up and stop at the
// first line that is neither, so a closing paragraph is never mistaken for a byline.
import { checkPersonName } from './names'

export interface Byline {
  authors: Array<{ name: string; unit?: string }>
  source?: string
  /** how many trailing lines were consumed */
  consumed: number
  warnings: string[]
}

const SOURCE_LINE = /^\(?\s*(?:nguồn|theo)\s*:?\s*(\p{Lu}[^.!?;:]{1,79}?)\s*\)?\.?$/iu
const OUTLET =
  /^(báo|tạp chí|đài|cổng thông tin|trang thông tin|thông tấn xã|ttxvn|vtv|vov)(\s|$)/iu
const CREDIT_PREFIX =
  /^(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin\/ảnh|bài\/ảnh)\s*:\s*/iu

function parseAuthorLine(line: string, warnings: string[]): Byline['authors'] | undefined {
  const text = line.replace(CREDIT_PREFIX, '').replace(/[.;]$/, '').trim()
  // `Name, Unit`, `Name - Unit` or `Name (Unit)`.
  const unitMatch = text.match(/^([^,(–-]{2,40}?)\s*(?:,|\s[-–]\s|\()\s*(.{3,120}?)\)?$/u)
  if (unitMatch?.[1] && unitMatch[2]) {
    const name = checkPersonName(unitMatch[1])
    const unit = unitMatch[2].trim()
    if (name.ok && /^\p{Lu}/u.test(unit)) {
      const others = unit.split(/\s*[,–-]\s*/).map((n) => checkPersonName(n))
      // `Minh Yến - Thanh Lê`: the "unit" is really a second author.
      if (
        others.every((o) => o.ok) &&
        !/\s(ủy|uỷ|ban|phòng|sở|khối|tỉnh|huyện)(?!\p{L})/iu.test(unit)
      ) {
        return [unitMatch[1], ...others.map((o) => o.fixed)].map((n) => ({
          name: checkPersonName(n).fixed,
        }))
      }
      if (name.fixed !== unitMatch[1])
        warnings.push(`byline name capitalised: "${unitMatch[1]}" → "${name.fixed}"`)
      return [{ name: name.fixed, unit }]
    }
  }
  const name = checkPersonName(text)
  if (!name.ok) return undefined
  if (name.fixed !== text) warnings.push(`byline name capitalised: "${text}" → "${name.fixed}"`)
  return [{ name: name.fixed }]
}

export function parseByline(tail: string[]): Byline {
  const result: Byline = { authors: [], consumed: 0, warnings: [] }
  for (let i = tail.length - 1; i >= 0 && result.consumed < 3; i--) {
    const line = (tail[i] ?? '').trim()
    const src = line.match(SOURCE_LINE)
    if (src?.[1] && !result.source) {
      result.source = src[1].trim()
    } else if (OUTLET.test(line) && line.length <= 60 && !/[.!?]$/.test(line) && !result.source) {
      result.source = line
    } else {
      const authors =
        result.authors.length === 0 ? parseAuthorLine(line, result.warnings) : undefined
      if (!authors) break
      result.authors = authors
    }
    result.consumed++
  }
  return result
}

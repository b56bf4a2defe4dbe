// The top of a scraped page: crawl-date chrome, category label, title (maybe glued to the label
// and the sapo), an optional sapo before the dateline, and the dateline itself.
//
// Crawl date vs article date: portals print "today" in the page chrome above everything else
// (`Tất cả chuyên mục` / `Thứ Sáu, 22/11/2024 14:25` / title / `Thứ 4, 29/09/2021 | 07:55:42`).
// So a date line met BEFORE the title is chrome and never becomes publishedAt; the article date is
// a date line after the title (or a date in the lead paragraph).
import { isCategoryLine, splitGluedCategory, splitTitleSapo } from './category'
import { parseDateLine } from './dates'

export interface Header {
  title: string
  category?: string
  sapo?: string
  dateline?: string
  crawlDates: string[]
  /** index into the content lines where the body starts */
  bodyStart: number
}

const normTitle = (s: string): string =>
  s
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

export function analyseHeader(content: string[], titleHint?: string): Header {
  const header: Header = { title: '', crawlDates: [], bodyStart: 0 }
  let k = 0
  for (; k < content.length && k < 6; k++) {
    const t = content[k] ?? ''
    const date = parseDateLine(t)
    if (date) header.crawlDates.push(date)
    else if (
      !header.category &&
      isCategoryLine(t) &&
      !(titleHint && normTitle(t) === normTitle(titleHint))
    ) {
      header.category = t
    } else break
  }

  let line = content[k] ?? ''
  if (titleHint) {
    header.title = titleHint
    // Whatever stands above the <h1> inside the article is labels and dates, not body.
    const at = content.slice(0, 8).findIndex((l) => normTitle(l) === normTitle(titleHint))
    for (let j = k; j < at; j++) {
      const t = content[j] ?? ''
      const date = parseDateLine(t)
      if (date) header.crawlDates.push(date)
      else if (!header.category && t.length <= 60) header.category = t
    }
    if (at >= 0) k = Math.max(k, at + 1)
  } else {
    const glued = header.category ? undefined : splitGluedCategory(line)
    if (glued) {
      header.category = glued.category
      line = glued.rest
    }
    const split = splitTitleSapo(line)
    header.title = split?.title ?? line
    if (split) header.sapo = split.sapo
    k++
    // A title wrapped onto a second line continues in lower case.
    const next = content[k] ?? ''
    if (!/[.!?:]$/.test(header.title) && /^\p{Ll}/u.test(next) && next.length < 120) {
      header.title = `${header.title} ${next}`
      k++
    }
  }
  header.title = header.title.replace(/\s*\.$/, '').trim()

  const first = content[k] ?? ''
  const second = content[k + 1] ?? ''
  const dateline = parseDateLine(first)
  const laterDateline = parseDateLine(second)
  if (dateline) {
    header.dateline = dateline
    k++
  } else if (!header.sapo && laterDateline && first.length >= 60 && /[.!?…]$/.test(first)) {
    header.sapo = first
    header.dateline = laterDateline
    k += 2
  }
  header.bodyStart = k
  return header
}

/**
 * The default royalty lines of an article, from the rate table in the royalty settings: the
 * byline authors share the "Viết" rate of the article's kind (split evenly between co-authors),
 * and each photographer credited on the article's photos gets the "Ảnh" rate once per photo.
 * A rate row with an amount gives amounts, one with points gives points.
 * Pure; the hook that fills an article (fill-lines.ts) supplies the author ids. Lines already on
 * the article are kept: a default is added only for a person and role that have no line yet, so
 * the editor's adjustments survive a second fill.
 */
import type { RoyaltyRole } from './roles'

export interface RateRow {
  kind: string
  role: RoyaltyRole
  points?: number | null
  amount?: number | null
}

export interface DraftLine {
  person: string
  role: RoyaltyRole
  points?: number | null
  amount?: number | null
  note?: string | null
}

export interface ArticleCredits {
  kind: string
  /** Byline author ids, in byline order. */
  authors: string[]
  /** Photographers' author ids with the number of the article's photos credited to each. */
  photographers: Array<{ person: string; photos: number }>
}

/**
 * Starting rates (an admin changes them in "Bảng nhuận bút"). Points per piece; "Ảnh" points are
 * per photo. Kinds: tin → news, bài → feature, phỏng vấn → interview, ảnh → photo; official
 * documents (văn bản) are reposted, so only a small share. "Biên tập" and "Dịch"
 * lines are the editor's to add: no byline says who edited or translated.
 */
export const DEFAULT_RATES: RateRow[] = [
  { kind: 'news', role: 'writing', points: 10 },
  { kind: 'news', role: 'photo', points: 2 },
  { kind: 'feature', role: 'writing', points: 20 },
  { kind: 'feature', role: 'photo', points: 2 },
  { kind: 'interview', role: 'writing', points: 15 },
  { kind: 'interview', role: 'photo', points: 2 },
  { kind: 'photo', role: 'writing', points: 3 },
  { kind: 'photo', role: 'photo', points: 4 },
  { kind: 'document', role: 'writing', points: 1 },
]

/** Value of one point in đồng until an admin sets it. */
export const DEFAULT_POINT_VALUE = 50_000

const rateFor = (rates: RateRow[], kind: string, role: RoyaltyRole) =>
  rates.find((r) => r.kind === kind && r.role === role)

const hasValue = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n)

/** Splits a rate n ways: points to two decimals, amounts to whole đồng. */
function share(rate: RateRow, n: number, times = 1): Pick<DraftLine, 'points' | 'amount'> {
  if (hasValue(rate.amount)) return { amount: Math.round((rate.amount * times) / n) }
  if (hasValue(rate.points)) return { points: Math.round((rate.points * times * 100) / n) / 100 }
  return {}
}

export function defaultRoyaltyLines(
  article: ArticleCredits,
  rates: RateRow[],
  existing: Array<Pick<DraftLine, 'person' | 'role'>> = [],
): DraftLine[] {
  const taken = new Set(existing.map((l) => `${l.person}|${l.role}`))
  const lines: DraftLine[] = []
  const add = (line: DraftLine) => {
    const key = `${line.person}|${line.role}`
    if (taken.has(key)) return
    taken.add(key)
    lines.push(line)
  }
  const authors = [...new Set(article.authors)]
  const writing = rateFor(rates, article.kind, 'writing')
  if (writing)
    for (const person of authors)
      add({
        person,
        role: 'writing',
        ...share(writing, authors.length),
        note: authors.length > 1 ? `Đồng tác giả (${authors.length} người)` : null,
      })
  const photo = rateFor(rates, article.kind, 'photo')
  if (photo)
    for (const { person, photos } of article.photographers)
      if (photos > 0)
        add({ person, role: 'photo', ...share(photo, 1, photos), note: `${photos} ảnh` })
  return lines
}

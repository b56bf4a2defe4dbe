/**
 * The monthly royalty report as a pure function of the month's lines: one line per person and
 * role on an article, valued either by points (điểm, times the point value in the royalty
 * settings) or by a fixed amount in đồng. A line with an amount is paid that amount (the
 * points, if any were also typed, are ignored); a line with neither is worth nothing. Amounts
 * are whole đồng, rounded per line, so the per-person, per-unit and grand totals are sums of the
 * same integers and always agree.
 */
import { royaltyRoleLabel } from './roles'

export const NO_UNIT = 'Chưa ghi đơn vị'
export const NO_PERSON = 'Chưa chọn người hưởng'

export interface RoyaltyLineInput {
  articleId: string
  articleTitle: string
  kind: string
  publishedAt: string
  personId: string | null
  role: string
  points: number | null
  amount: number | null
  note: string
}

export interface PersonInfo {
  name: string
  unit: string | null
}

export interface ReportLine extends RoyaltyLineInput {
  personName: string
  unit: string
  roleLabel: string
  /** Points counted (0 for an amount line). */
  countedPoints: number
  /** What the line pays, in đồng. */
  value: number
}

export interface Totals {
  lines: number
  articles: number
  points: number
  /** Sum of the fixed-amount lines, in đồng. */
  fixed: number
  /** Everything, in đồng: fixed + points × point value (rounded per line). */
  total: number
}

export interface PersonTotal extends Totals {
  personId: string | null
  name: string
  unit: string
}

export interface UnitTotal extends Totals {
  unit: string
  people: number
}

export interface RoyaltyReport {
  month: string
  /** First instant of the month (UTC ISO) and the first instant after it. */
  from: string
  to: string
  pointValue: number
  lines: ReportLine[]
  people: PersonTotal[]
  units: UnitTotal[]
  totals: Totals
}

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** What one line pays, in whole đồng. */
export function lineValue(
  line: Pick<RoyaltyLineInput, 'points' | 'amount'>,
  pointValue: number,
): number {
  if (finite(line.amount)) return Math.round(line.amount)
  if (finite(line.points)) return Math.round(line.points * pointValue)
  return 0
}

const countedPoints = (line: Pick<RoyaltyLineInput, 'points' | 'amount'>): number =>
  !finite(line.amount) && finite(line.points) ? line.points : 0

/** Points are typed with at most two decimals; sums keep them exact for display. */
const roundPoints = (points: number): number => Math.round(points * 100) / 100

const collator = new Intl.Collator('vi')

function totalsOf(lines: ReportLine[]): Totals {
  let points = 0
  let fixed = 0
  let total = 0
  for (const line of lines) {
    points += line.countedPoints
    if (finite(line.amount)) fixed += line.value
    total += line.value
  }
  return {
    lines: lines.length,
    articles: new Set(lines.map((l) => l.articleId)).size,
    points: roundPoints(points),
    fixed,
    total,
  }
}

function groupBy<K>(lines: ReportLine[], key: (line: ReportLine) => K): Map<K, ReportLine[]> {
  const groups = new Map<K, ReportLine[]>()
  for (const line of lines) {
    const k = key(line)
    const list = groups.get(k)
    if (list) list.push(line)
    else groups.set(k, [line])
  }
  return groups
}

export const unitLabel = (unit: string | null | undefined): string =>
  (unit ?? '').replace(/\s+/gu, ' ').trim() || NO_UNIT

export function buildRoyaltyReport(input: {
  month: string
  from: Date
  to: Date
  pointValue: number
  lines: RoyaltyLineInput[]
  people: Map<string, PersonInfo>
}): RoyaltyReport {
  const lines: ReportLine[] = input.lines.map((line) => {
    const person = line.personId ? input.people.get(line.personId) : undefined
    return {
      ...line,
      personName: person?.name ?? NO_PERSON,
      unit: unitLabel(person?.unit),
      roleLabel: royaltyRoleLabel(line.role),
      countedPoints: countedPoints(line),
      value: lineValue(line, input.pointValue),
    }
  })
  lines.sort(
    (a, b) =>
      a.publishedAt.localeCompare(b.publishedAt) ||
      a.articleId.localeCompare(b.articleId) ||
      collator.compare(a.personName, b.personName),
  )
  const people: PersonTotal[] = [...groupBy(lines, (l) => l.personId ?? '').values()].map(
    (group) => {
      const first = group[0] as ReportLine
      return {
        personId: first.personId,
        name: first.personName,
        unit: first.unit,
        ...totalsOf(group),
      }
    },
  )
  people.sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.name, b.name))
  const units: UnitTotal[] = [...groupBy(lines, (l) => l.unit).entries()].map(([unit, group]) => ({
    unit,
    people: new Set(group.map((l) => l.personId ?? '')).size,
    ...totalsOf(group),
  }))
  units.sort((a, b) => collator.compare(a.unit, b.unit))
  return {
    month: input.month,
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    pointValue: input.pointValue,
    lines,
    people,
    units,
    totals: totalsOf(lines),
  }
}

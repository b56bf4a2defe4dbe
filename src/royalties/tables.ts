/**
 * The report as three tables (per person, per unit, every line), each with a header, rows and a
 * totals row: one shape for the CSV, the XLSX and the admin view, so the three always show the
 * same figures. Cells are strings or numbers; a column's kind says how files format it.
 */
import { ARTICLE_KINDS } from '@/collections/Articles/kinds'
import { VIETNAM_OFFSET_MS } from '@/lib/vietnam-time'

import type { RoyaltyReport, Totals } from './compute'

export type Cell = string | number
export type ColumnKind = 'text' | 'count' | 'points' | 'money'

export interface Column {
  label: string
  kind: ColumnKind
}

export interface ReportTable {
  key: 'people' | 'units' | 'lines'
  title: string
  columns: Column[]
  rows: Cell[][]
  total: Cell[]
}

const text = (label: string): Column => ({ label, kind: 'text' })
const count = (label: string): Column => ({ label, kind: 'count' })
const points = (label: string): Column => ({ label, kind: 'points' })
const money = (label: string): Column => ({ label, kind: 'money' })

const kindLabel = (kind: string): string =>
  ARTICLE_KINDS.find((k) => k.value === kind)?.label ?? kind

/** `dd/MM/yyyy HH:mm` in Vietnam time. */
export function vietnamDateTime(iso: string): string {
  if (!iso) return ''
  const d = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString()
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`
}

/** "11/2026" for "2026-11". */
export const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`

const figures = (t: Totals): Cell[] => [t.points, t.total - t.fixed, t.fixed, t.total]

export function reportTables(report: RoyaltyReport): ReportTable[] {
  const m = monthLabel(report.month)
  const people: ReportTable = {
    key: 'people',
    title: `Nhuận bút tháng ${m} theo người`,
    columns: [
      count('STT'),
      text('Người hưởng'),
      text('Đơn vị'),
      count('Số bài'),
      count('Số dòng'),
      points('Điểm'),
      money('Quy ra tiền (đồng)'),
      money('Tiền khoán (đồng)'),
      money('Tổng cộng (đồng)'),
    ],
    rows: report.people.map((p, i) => [i + 1, p.name, p.unit, p.articles, p.lines, ...figures(p)]),
    total: [
      '',
      'Tổng cộng',
      '',
      report.totals.articles,
      report.totals.lines,
      ...figures(report.totals),
    ],
  }
  const units: ReportTable = {
    key: 'units',
    title: `Nhuận bút tháng ${m} theo đơn vị`,
    columns: [
      count('STT'),
      text('Đơn vị'),
      count('Số người'),
      count('Số bài'),
      count('Số dòng'),
      points('Điểm'),
      money('Quy ra tiền (đồng)'),
      money('Tiền khoán (đồng)'),
      money('Tổng cộng (đồng)'),
    ],
    rows: report.units.map((u, i) => [i + 1, u.unit, u.people, u.articles, u.lines, ...figures(u)]),
    total: [
      '',
      'Tổng cộng',
      report.people.length,
      report.totals.articles,
      report.totals.lines,
      ...figures(report.totals),
    ],
  }
  const lines: ReportTable = {
    key: 'lines',
    title: `Chi tiết nhuận bút tháng ${m}`,
    columns: [
      text('Ngày đăng'),
      text('Bài'),
      text('Thể loại'),
      text('Người hưởng'),
      text('Đơn vị'),
      text('Vai trò'),
      points('Điểm'),
      money('Thành tiền (đồng)'),
      text('Ghi chú'),
    ],
    rows: report.lines.map((l) => [
      vietnamDateTime(l.publishedAt),
      l.articleTitle,
      kindLabel(l.kind),
      l.personName,
      l.unit,
      l.roleLabel,
      l.countedPoints,
      l.value,
      l.note,
    ]),
    total: ['Tổng cộng', '', '', '', '', '', report.totals.points, report.totals.total, ''],
  }
  return [people, units, lines]
}

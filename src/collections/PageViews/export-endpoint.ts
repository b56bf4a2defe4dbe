/**
 * `GET /api/page-views/export.csv?from&to`: readership of a period for editors and admins, as
 * CSV (UTF-8 with a BOM for Excel, formula-safe cells, the audit log's writer): the views of
 * every day, then the pages of the period with their totals, most viewed first.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorial } from '@/access/roles'
import { BOM, csvRow } from '@/collections/AuditLog/csv'
import { topPages, viewsPerDay } from '@/site/readership/queries'
import { daysBetween } from '@/site/readership/vietnam-day'

import { PeriodError, reportPeriod } from './period'

const KIND_LABEL = {
  home: 'Trang chủ',
  article: 'Bài viết',
  category: 'Chuyên mục',
  other: 'Trang khác',
}
const MAX_PAGES = 5000

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

async function handler(req: PayloadRequest): Promise<Response> {
  if (!isEditorial(req.user))
    return refuse(req.user ? 403 : 401, 'Chỉ biên tập viên và quản trị viên được xem thống kê.')
  let period
  try {
    period = reportPeriod(new URL(req.url ?? '', 'http://localhost').searchParams)
  } catch (error) {
    if (error instanceof PeriodError) return refuse(400, error.message)
    throw error
  }
  const { from, to } = period
  const { payload } = req
  const perDay = new Map((await viewsPerDay(payload, from, to)).map((d) => [d.day, d.views]))
  let body = BOM + csvRow(['Ngày', 'Lượt xem'])
  for (const day of daysBetween(from, to)) body += csvRow([day, perDay.get(day) ?? 0])
  body += '\r\n' + csvRow(['Loại trang', 'Đường dẫn', 'Mã (slug)', 'Lượt xem'])
  for (const kind of ['article', 'category', 'home', 'other'] as const) {
    for (const page of await topPages(payload, kind, from, to, MAX_PAGES))
      body += csvRow([KIND_LABEL[kind], page.path, page.key, page.views])
  }
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="luot-xem-${from}-${to}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const exportViewsCsvEndpoint: Endpoint = { path: '/export.csv', method: 'get', handler }

/**
 * `GET /api/royalties/report?month=YYYY-MM&format=json|csv|xlsx`: the monthly royalty report for
 * editors, approvers and admins (the admin view's download links). Royalty data is staff-only:
 * anonymous callers get 401 and reporters 403, with nothing of the report.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorial } from '@/access/roles'

import { royaltyCsv } from './csv'
import { loadRoyaltyReport } from './load-report'
import { MonthError, previousVietnamMonth } from './month'
import { royaltyXlsx } from './xlsx'

const FORMATS = ['json', 'csv', 'xlsx'] as const
type Format = (typeof FORMATS)[number]

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: PRIVATE })

async function handler(req: PayloadRequest): Promise<Response> {
  if (!isEditorial(req.user))
    return refuse(
      req.user ? 403 : 401,
      'Chỉ biên tập viên, lãnh đạo duyệt bài và quản trị viên được xem nhuận bút.',
    )
  const params = new URL(req.url ?? '', 'http://localhost').searchParams
  const month = params.get('month') || previousVietnamMonth()
  const format = (params.get('format') || 'json') as Format
  if (!FORMATS.includes(format))
    return refuse(400, 'Định dạng không hợp lệ: chọn json, csv hoặc xlsx.')
  let report
  try {
    report = await loadRoyaltyReport(req.payload, month, req)
  } catch (error) {
    if (error instanceof MonthError) return refuse(400, error.message)
    throw error
  }
  const file = `nhuan-but-${report.month}`
  if (format === 'json') return Response.json(report, { headers: PRIVATE })
  if (format === 'csv')
    return new Response(royaltyCsv(report), {
      headers: {
        ...PRIVATE,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file}.csv"`,
      },
    })
  return new Response(new Uint8Array(await royaltyXlsx(report)), {
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${file}.xlsx"`,
    },
  })
}

export const royaltyReportEndpoint: Endpoint = {
  path: '/royalties/report',
  method: 'get',
  handler,
}

/**
 * `GET /api/audit-log/export.csv?from&to&actor&doc&action`: the audit trail as CSV for admins,
 * streamed page by page (oldest first, so entries written meanwhile do not shift the pages),
 * UTF-8 with a BOM so Excel shows Vietnamese correctly.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isAdmin } from '@/access/roles'

import { AUDIT_ACTIONS, isAuditAction } from './actions'
import { BOM, csvRow } from './csv'
import { ExportQueryError, exportWhere } from './export-query'
import { AUDIT_SLUG } from './record'

const PAGE = 200

const HEADER = [
  'Thời điểm (UTC)',
  'Hành động',
  'Mã hành động',
  'Người thực hiện',
  'Mã người dùng',
  'Loại dữ liệu',
  'Mã tài liệu',
  'Tên tài liệu',
  'Địa chỉ IP',
  'Tóm tắt thay đổi',
]

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

async function handler(req: PayloadRequest): Promise<Response> {
  if (!isAdmin(req.user)) return refuse(req.user ? 403 : 401, 'Chỉ quản trị viên được tải nhật ký.')
  let where
  try {
    where = exportWhere(new URL(req.url ?? '', 'http://localhost').searchParams)
  } catch (error) {
    if (error instanceof ExportQueryError) return refuse(400, error.message)
    throw error
  }
  const { payload } = req
  const encoder = new TextEncoder()
  let page = 1
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRow(HEADER)))
    },
    async pull(controller) {
      try {
        const result = await payload.find({
          collection: AUDIT_SLUG,
          where,
          sort: 'at',
          limit: PAGE,
          page,
          depth: 0,
          overrideAccess: true,
        })
        const rows = result.docs.map((d) =>
          csvRow([
            d.at,
            isAuditAction(d.action) ? AUDIT_ACTIONS[d.action] : d.action,
            d.action,
            d.actorEmail,
            typeof d.actor === 'object' ? d.actor?.id : d.actor,
            d.collectionSlug,
            d.documentId,
            d.documentTitle,
            d.ip,
            d.summary,
          ]),
        )
        if (rows.length) controller.enqueue(encoder.encode(rows.join('')))
        if (!result.hasNextPage) controller.close()
        page += 1
      } catch (error) {
        payload.logger.error({ err: error }, 'Audit log CSV export failed')
        controller.error(error)
      }
    },
  })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-he-thong-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const exportCsvEndpoint: Endpoint = { path: '/export.csv', method: 'get', handler }

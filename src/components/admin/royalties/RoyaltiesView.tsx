/**
 * `/admin/nhuan-but?thang=YYYY-MM`: the monthly royalty report (issue 11 §4) for editors,
 * approvers and admins: per person, per unit and every line, with totals, for the articles
 * published in that Vietnam month, and the same report as CSV or XLSX
 * (`/api/royalties/report`). A plain GET form, no client script. Anyone else sees a refusal and
 * no figures.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { isEditorial } from '@/access/roles'
import { loadRoyaltyReport } from '@/royalties/load-report'
import { MonthError, previousVietnamMonth } from '@/royalties/month'
import { monthLabel, reportTables } from '@/royalties/tables'

import { ReportTable } from './ReportTable'

const box = { padding: '24px 0 48px' } as const

export async function RoyaltiesView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  if (!isEditorial(req.user)) {
    return (
      <DefaultTemplate {...template}>
        <div className="gutter--left gutter--right" style={box}>
          <h1>Nhuận bút</h1>
          <p role="alert" data-royalties-denied>
            Chỉ biên tập viên, lãnh đạo duyệt bài và quản trị viên được xem nhuận bút.
          </p>
        </div>
      </DefaultTemplate>
    )
  }
  const asked = typeof searchParams?.thang === 'string' ? searchParams.thang : ''
  let month = asked || previousVietnamMonth()
  let monthError: string | null = null
  let report
  try {
    report = await loadRoyaltyReport(req.payload, month, req)
  } catch (error) {
    if (!(error instanceof MonthError)) throw error
    monthError = error.message
    month = previousVietnamMonth()
    report = await loadRoyaltyReport(req.payload, month, req)
  }
  const download = (format: 'csv' | 'xlsx') =>
    `/api/royalties/report?month=${report.month}&format=${format}`
  return (
    <DefaultTemplate {...template}>
      <div className="gutter--left gutter--right" style={box}>
        <h1>Nhuận bút tháng {monthLabel(report.month)}</h1>
        <p>
          Tính các bài đã đăng trong tháng (theo ngày xuất bản, giờ Việt Nam). Một điểm ={' '}
          {report.pointValue.toLocaleString('vi-VN')} đồng (sửa ở &quot;Bảng nhuận bút&quot;); dòng
          nhập số tiền được giữ nguyên số tiền. Sửa từng dòng ở thẻ &quot;Nhuận bút&quot; của bài
          viết.
        </p>
        <form
          method="get"
          style={{ display: 'flex', gap: 12, alignItems: 'flex-end', margin: '16px 0' }}
        >
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            Tháng
            <input type="month" name="thang" defaultValue={report.month} />
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small">
            Xem
          </button>
          <a className="btn btn--style-secondary btn--size-small" href={download('xlsx')}>
            Tải Excel (XLSX)
          </a>
          <a className="btn btn--style-secondary btn--size-small" href={download('csv')}>
            Tải CSV
          </a>
        </form>
        {monthError ? <p role="alert">{monthError}</p> : null}
        <p data-royalty-grand-total={report.totals.total}>
          Tổng cộng: <strong>{report.totals.total.toLocaleString('vi-VN')} đồng</strong> cho{' '}
          {report.people.length} người, {report.totals.articles} bài.
        </p>
        {reportTables(report).map((table) => (
          <ReportTable key={table.key} table={table} />
        ))}
      </div>
    </DefaultTemplate>
  )
}

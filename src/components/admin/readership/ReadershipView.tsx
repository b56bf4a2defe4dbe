/**
 * `/admin/thong-ke`: readership for editors and admins. Views per day over the last 90 days
 * (SVG bars, with a description and a table of the same figures: DailyFigures), then the most
 * viewed articles and categories of a chosen period (a plain GET form, no client script) and the
 * period's CSV export (collections/PageViews/export-endpoint.ts).
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { isEditorial } from '@/access/roles'
import { PeriodError, reportPeriod } from '@/collections/PageViews/period'
import { topPages, viewsPerDay } from '@/site/readership/queries'
import { daysBetween, vietnamDayBefore } from '@/site/readership/vietnam-day'

import { DailyChart } from './DailyChart'
import { DailyFigures } from './DailyFigures'
import { TopTable } from './TopTable'

const TOP = 20

function paramsOf(searchParams: AdminViewServerProps['searchParams']): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of ['from', 'to']) {
    const value = searchParams?.[name]
    if (typeof value === 'string') params.set(name, value)
  }
  return params
}

export async function ReadershipView(props: AdminViewServerProps) {
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
        <div className="gutter--left gutter--right" style={{ padding: '24px 0' }}>
          <h1>Thống kê truy cập</h1>
          <p role="alert" data-readership-denied>
            Chỉ biên tập viên và quản trị viên được xem thống kê truy cập.
          </p>
        </div>
      </DefaultTemplate>
    )
  }
  const { payload } = req
  const chartFrom = vietnamDayBefore(89)
  const chartTo = vietnamDayBefore(0)
  let period: { from: string; to: string }
  let periodError: string | null = null
  try {
    period = reportPeriod(paramsOf(searchParams))
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error
    periodError = error.message
    period = reportPeriod(new URLSearchParams())
  }
  const [perDay, articles, categories] = await Promise.all([
    viewsPerDay(payload, chartFrom, chartTo),
    topPages(payload, 'article', period.from, period.to, TOP),
    topPages(payload, 'category', period.from, period.to, TOP),
  ])
  const byDay = new Map(perDay.map((d) => [d.day, d.views]))
  const days = daysBetween(chartFrom, chartTo).map((day) => ({ day, views: byDay.get(day) ?? 0 }))
  const total = days.reduce((n, d) => n + d.views, 0)
  const titles = await articleTitles(
    req.payload,
    articles.map((a) => a.key),
  )
  const categoryTitles = await categoryNames(
    req.payload,
    categories.map((c) => c.key),
  )
  const csv = `/api/page-views/export.csv?from=${period.from}&to=${period.to}`

  return (
    <DefaultTemplate {...template}>
      {/* data-readership-view: the view's own content (the admin's chrome around it is Payload's). */}
      <div
        className="gutter--left gutter--right"
        style={{ padding: '24px 0 48px' }}
        data-readership-view
      >
        <h1>Thống kê truy cập</h1>
        <p>
          Lượt xem trang do máy chủ đếm, không dùng cookie hay mã theo dõi; không tính công cụ tìm
          kiếm và bot. Ngày theo giờ Việt Nam.
        </p>
        <h2>Lượt xem mỗi ngày, 90 ngày qua (tổng {total.toLocaleString('vi-VN')})</h2>
        <DailyChart days={days} describedBy="readership-chart-summary" />
        <DailyFigures id="readership-chart-summary" days={days} />
        <form
          method="get"
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 12,
            alignItems: 'flex-end',
            margin: '24px 0',
          }}
        >
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            Từ ngày
            <input type="date" name="from" defaultValue={period.from} />
          </label>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            Đến ngày
            <input type="date" name="to" defaultValue={period.to} />
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small">
            Xem
          </button>
          <a className="btn btn--style-secondary btn--size-small" href={csv}>
            Tải CSV
          </a>
        </form>
        {periodError ? <p role="alert">{periodError}</p> : null}
        <TopTable
          id="top-articles"
          caption={`Bài viết xem nhiều nhất từ ${period.from} đến ${period.to}`}
          rows={articles.map((a) => ({ ...a, title: titles.get(a.key) ?? a.key }))}
        />
        <TopTable
          id="top-categories"
          caption={`Chuyên mục xem nhiều nhất từ ${period.from} đến ${period.to}`}
          rows={categories.map((c) => ({ ...c, title: categoryTitles.get(c.key) ?? c.key }))}
        />
      </div>
    </DefaultTemplate>
  )
}

type P = AdminViewServerProps['initPageResult']['req']['payload']

async function articleTitles(payload: P, slugs: string[]): Promise<Map<string, string>> {
  if (!slugs.length) return new Map()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { in: slugs } },
    select: { title: true, slug: true },
    limit: slugs.length,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [d.slug ?? '', d.title ?? '']))
}

async function categoryNames(payload: P, slugs: string[]): Promise<Map<string, string>> {
  if (!slugs.length) return new Map()
  const { docs } = await payload.find({
    collection: 'categories',
    where: { slug: { in: slugs } },
    select: { title: true, slug: true },
    limit: slugs.length,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [d.slug ?? '', d.title ?? '']))
}

import '@/styles/schedule.css'

import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { ScheduleTable } from '@/components/schedule/ScheduleTable'
import { WeekNav } from '@/components/schedule/WeekNav'
import { payloadClient } from '@/site/data/client'
import { findScheduleRows, listPublishedLeaders } from '@/site/data/schedule'
import { getSite } from '@/site/data/site'
import { absoluteUrl } from '@/site/env'
import { param, SCHEDULE_PARAMS } from '@/site/page-params'
import { groupByDay } from '@/site/schedule/rows'
import {
  addWeeks,
  currentWeek,
  daysOf,
  formatIsoWeek,
  type IsoWeek,
  longDate,
  parseIsoWeek,
  vietnamDayOf,
  weekBounds,
} from '@/site/schedule/week'
import { urls } from '@/site/urls'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

interface Request {
  week: IsoWeek
  /** The reader asked for a week that does not exist (`?tuan=2026-W60`, `?tuan=abc`). */
  invalid: boolean
  /** A week was named in the address (so this is not "this week", whatever the date). */
  named: boolean
  print: boolean
}

async function readRequest(searchParams: Props['searchParams']): Promise<Request> {
  const params = await searchParams
  const raw = param(params, SCHEDULE_PARAMS, 'tuan')
  const parsed = raw ? parseIsoWeek(raw) : null
  return {
    week: parsed ?? currentWeek(),
    invalid: Boolean(raw) && !parsed,
    named: Boolean(parsed),
    print: param(params, SCHEDULE_PARAMS, 'in') === '1',
  }
}

function weekTitle(week: IsoWeek): { title: string; range: string } {
  const days = daysOf(week)
  const first = days[0]!
  const last = days[6]!
  return {
    title: `Lịch công tác tuần ${week.week}/${week.year}`,
    range: `Từ ngày ${longDate(first)} đến ngày ${longDate(last)}`,
  }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = await readRequest(searchParams)
  const { title, range } = weekTitle(request.week)
  const canonical = request.named ? urls.schedule(formatIsoWeek(request.week)) : urls.schedule()
  return {
    title,
    description: `${title}. ${range}.`,
    // The print copy and the notice for a mistyped week are not pages to index.
    robots: request.print || request.invalid ? { index: false, follow: true } : undefined,
    alternates: {
      canonical: absoluteUrl(canonical),
      types: { 'text/calendar': absoluteUrl(urls.scheduleFeed()) },
    },
  }
}

/**
 * The leaders' work schedule for one ISO week (Monday to Sunday, Vietnam time): this week, or
 * `?tuan=2026-W48`; `?in=1` is the print copy without the portal's header and footer. Cached by
 * the page cache like every reader page and cleared when an entry is published or changed.
 */
export default async function SchedulePage({ searchParams }: Props) {
  const request = await readRequest(searchParams)
  const { week, print } = request
  const payload = await payloadClient()
  const [site, rows, leaders] = await Promise.all([
    getSite(),
    findScheduleRows(payload, weekBounds(week)),
    listPublishedLeaders(payload),
  ])
  const { title, range } = weekTitle(week)
  const shown = formatIsoWeek(week)
  return (
    <div className={`wrap schedule-page${print ? ' schedule-page--print' : ''}`}>
      {print ? (
        <p className="no-print schedule-page__actions">
          <button type="button" className="button" data-print="">
            In lịch công tác
          </button>{' '}
          <a href={urls.schedule(request.named ? shown : undefined)}>Quay lại lịch tuần</a>
        </p>
      ) : (
        <Breadcrumbs
          items={[{ label: 'Trang chủ', href: urls.home() }, { label: 'Lịch công tác' }]}
        />
      )}
      <header className="schedule-page__head">
        <p className="schedule-page__org">{site.name}</p>
        <h1 className="page-title">{title}</h1>
        <p className="schedule-page__range">{range}</p>
      </header>
      {request.invalid ? (
        <p className="notice" role="status">
          Tuần được chọn không hợp lệ (cần ghi theo dạng{' '}
          <a href={urls.schedule(formatIsoWeek(currentWeek()))}>{formatIsoWeek(currentWeek())}</a>:
          năm, chữ W và số tuần). Dưới đây là lịch công tác tuần này.
        </p>
      ) : null}
      {print ? null : (
        <WeekNav
          previous={formatIsoWeek(addWeeks(week, -1))}
          next={formatIsoWeek(addWeeks(week, 1))}
          current={formatIsoWeek(currentWeek())}
          shown={shown}
        />
      )}
      <div className="schedule-wrap">
        <ScheduleTable
          caption={`${title} (${range.toLowerCase()})`}
          days={groupByDay(week, rows)}
          today={vietnamDayOf(new Date())}
        />
      </div>
      {print ? null : (
        <aside className="schedule-page__feeds no-print" aria-labelledby="theo-doi-lich">
          <h2 id="theo-doi-lich">Theo dõi lịch trên điện thoại, máy tính</h2>
          <p>
            <a href={urls.schedule(request.named ? shown : undefined, true)}>Bản in lịch tuần</a>
          </p>
          <p>
            Đăng ký các địa chỉ sau trong ứng dụng lịch (Google Calendar, Outlook, Lịch iPhone):
          </p>
          <ul>
            <li>
              <a href={urls.scheduleFeed()} type="text/calendar">
                Toàn bộ lịch công tác (.ics)
              </a>
            </li>
            {leaders.map((leader) =>
              leader.slug ? (
                <li key={leader.id}>
                  <a href={urls.leaderScheduleFeed(leader.slug)} type="text/calendar">
                    {leader.name}, {leader.position} (.ics)
                  </a>
                </li>
              ) : null,
            )}
          </ul>
        </aside>
      )}
    </div>
  )
}

import type { ScheduleDay } from '@/site/schedule/rows'
import { type CalendarDay, isoDate, sameDay, shortDate, weekdayName } from '@/site/schedule/week'

interface Props {
  caption: string
  days: ScheduleDay[]
  today: CalendarDay
}

const COLUMNS = [
  'Buổi',
  'Giờ',
  'Nội dung',
  'Chủ trì',
  'Thành phần',
  'Địa điểm',
  'Đơn vị chuẩn bị',
] as const

/** Line breaks typed in the admin, kept on screen and on paper. */
function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim())
  return lines.map((line, i) => (
    <span key={i} className="schedule__line">
      {line}
    </span>
  ))
}

/**
 * The week as a leader's office prints it: one row group per day (the day as the group's
 * header cell), one row per entry, in the order of the day. On phones each entry becomes a
 * card whose cells carry their column names (data-label); on paper it is the plain table.
 */
export function ScheduleTable({ caption, days, today }: Props) {
  return (
    <table className="schedule">
      {/* The page's heading shows the same words; the caption names the table for screen readers. */}
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ngày</th>
          {COLUMNS.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      {days.map(({ day, rows }) => {
        const isToday = sameDay(day, today)
        const dayCell = (
          <th
            scope="rowgroup"
            rowSpan={Math.max(rows.length, 1)}
            className="schedule__day"
            id={`ngay-${isoDate(day)}`}
            aria-current={isToday ? 'date' : undefined}
          >
            <span className="schedule__weekday">{weekdayName(day)}</span>{' '}
            <span className="schedule__date">{shortDate(day)}</span>
            {isToday ? <span className="schedule__today"> (hôm nay)</span> : null}
          </th>
        )
        return (
          <tbody key={isoDate(day)} className={isToday ? 'schedule__group--today' : undefined}>
            {rows.length === 0 ? (
              <tr className="schedule__row schedule__row--empty">
                {dayCell}
                <td colSpan={COLUMNS.length}>Không có lịch công tác.</td>
              </tr>
            ) : (
              rows.map((row, i) => (
                <tr key={row.id} className="schedule__row">
                  {i === 0 ? dayCell : null}
                  <td data-label="Buổi">{row.sessionLabel}</td>
                  <td data-label="Giờ">{row.startTime ?? ''}</td>
                  <td data-label="Nội dung" className="schedule__content">
                    <Lines text={row.content} />
                  </td>
                  <td data-label="Chủ trì">
                    {row.chairedBy ? (
                      <>
                        <span className="schedule__leader">{row.chairedBy.name}</span>
                        <span className="schedule__position">{row.chairedBy.position}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Thành phần">
                    <Lines text={row.participants} />
                  </td>
                  <td data-label="Địa điểm">{row.location}</td>
                  <td data-label="Đơn vị chuẩn bị">{row.preparingUnit}</td>
                </tr>
              ))
            )}
          </tbody>
        )
      })}
    </table>
  )
}

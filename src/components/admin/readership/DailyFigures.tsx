import type { DayTotal } from '@/site/readership/queries'

/** `2026-11-28` as Vietnamese readers write it: `28/11/2026`. */
export const vietnameseDate = (day: string): string => day.split('-').reverse().join('/')

const number = (n: number) => n.toLocaleString('vi-VN')

/**
 * The chart's text alternative (WCAG 1.1.1), at every width: a sentence with what the bars show
 * (the chart's description, `aria-describedby`) and a table of every day behind a disclosure,
 * with the same figures as the bars, for screen readers, keyboard users and anyone who needs
 * the exact numbers. A native <details>: opens with the keyboard, no client script.
 */
export function DailyFigures({ id, days }: { id: string; days: DayTotal[] }) {
  const total = days.reduce((n, d) => n + d.views, 0)
  const peak = days.reduce<DayTotal | undefined>(
    (a, d) => (!a || d.views > a.views ? d : a),
    undefined,
  )
  const average = Math.round(total / Math.max(1, days.length))
  return (
    <>
      <p id={id}>
        {peak && total > 0
          ? `Tổng ${number(total)} lượt xem trong ${days.length} ngày, trung bình ${number(average)} lượt mỗi ngày; nhiều nhất ${number(peak.views)} lượt vào ngày ${vietnameseDate(peak.day)}.`
          : `Chưa có lượt xem nào trong ${days.length} ngày qua.`}
      </p>
      <details style={{ margin: '8px 0 0' }}>
        <summary style={{ cursor: 'pointer' }}>Bảng số liệu theo ngày</summary>
        <table style={{ margin: '12px 0', borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>
            Lượt xem mỗi ngày, {days.length} ngày qua
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', paddingRight: 24 }}>
                Ngày
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                Lượt xem
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} data-day={d.day} data-views={d.views}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 400, paddingRight: 24 }}>
                  {vietnameseDate(d.day)}
                </th>
                <td style={{ textAlign: 'right' }}>{number(d.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  )
}

import type { DayTotal } from '@/site/readership/queries'

const W = 900
const H = 220
const PAD = 28

/**
 * Views per day as server-rendered SVG bars (no chart library, no client script). One image for
 * assistive technology, named by its <title> and described by `describedBy`: the sentence and
 * the table of every day in DailyFigures carry the same figures as text.
 */
export function DailyChart({ days, describedBy }: { days: DayTotal[]; describedBy: string }) {
  const max = Math.max(1, ...days.map((d) => d.views))
  const step = (W - PAD) / Math.max(1, days.length)
  const bar = Math.max(1, step - 2)
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby="readership-chart-title"
      aria-describedby={describedBy}
      style={{
        width: '100%',
        maxWidth: W,
        height: 'auto',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <title id="readership-chart-title">
        Lượt xem mỗi ngày trong 90 ngày qua (cao nhất {max})
      </title>
      <text x={2} y={14} fontSize={11} fill="currentColor">
        {max}
      </text>
      <line x1={PAD} y1={H - PAD} x2={W} y2={H - PAD} stroke="currentColor" strokeWidth={0.5} />
      {days.map((d, i) => {
        const h = Math.round(((H - 2 * PAD) * d.views) / max)
        return (
          <rect
            key={d.day}
            data-day={d.day}
            data-views={d.views}
            x={PAD + i * step}
            y={H - PAD - h}
            width={bar}
            height={h}
            fill="#a50e0e"
          >
            <title>{`${d.day}: ${d.views} lượt xem`}</title>
          </rect>
        )
      })}
      <text x={PAD} y={H - 8} fontSize={11} fill="currentColor">
        {days[0]?.day}
      </text>
      <text x={W - 70} y={H - 8} fontSize={11} fill="currentColor">
        {days[days.length - 1]?.day}
      </text>
    </svg>
  )
}

import { SCHEDULE_PARAMS } from '@/site/page-params'
import { urls } from '@/site/urls'

interface Props {
  previous: string
  next: string
  current: string
  /** The week shown, `2026-W48`. */
  shown: string
}

/**
 * Previous / this / next week as plain links, and a week picker that is a plain GET form
 * (`<input type="week">` submits `2026-W48`, the format the page reads; browsers without a
 * week picker show a text box that takes the same).
 */
export function WeekNav({ previous, next, current, shown }: Props) {
  const [weekParam] = SCHEDULE_PARAMS
  return (
    <nav className="week-nav no-print" aria-label="Chọn tuần">
      <ul className="week-nav__links">
        <li>
          <a href={urls.schedule(previous)} rel="prev">
            <span aria-hidden="true">← </span>Tuần trước
          </a>
        </li>
        <li>
          <a href={urls.schedule()} aria-current={shown === current ? 'page' : undefined}>
            Tuần này
          </a>
        </li>
        <li>
          <a href={urls.schedule(next)} rel="next">
            Tuần sau<span aria-hidden="true"> →</span>
          </a>
        </li>
      </ul>
      <form className="week-nav__form" method="get" action={urls.schedule()}>
        <label htmlFor="chon-tuan">Xem tuần</label>
        <input
          id="chon-tuan"
          type="week"
          name={weekParam}
          defaultValue={shown}
          placeholder="2026-W48"
          pattern="\d{4}-W\d{2}"
          title="Năm và số tuần, ví dụ 2026-W48"
        />
        <button type="submit" className="button">
          Xem
        </button>
      </form>
    </nav>
  )
}

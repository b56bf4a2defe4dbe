/**
 * One list of the desk: a heading with the count, then up to ten rows, each a link to the
 * article's edit page with its stage and the time that matters for the list.
 */
import { STAGE_LABELS } from '@/collections/Articles/stages/stages'

import type { DeskRow } from './desk-queries'

const when = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
})

const formatAt = (at: string | null): string => {
  if (!at) return ''
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? '' : when.format(date)
}

export interface DeskSectionProps {
  id: string
  title: string
  total: number
  rows: DeskRow[]
  empty: string
  atLabel: string
  /** The full list in the admin ("Xem tất cả"), when there is one. */
  moreHref?: string
}

export function DeskSection({
  id,
  title,
  total,
  rows,
  empty,
  atLabel,
  moreHref,
}: DeskSectionProps) {
  return (
    <section
      aria-labelledby={`desk-${id}-title`}
      data-desk-section={id}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '12px 16px',
      }}
    >
      <h2 id={`desk-${id}-title`} style={{ fontSize: 18, margin: '0 0 8px' }}>
        {title} <span data-desk-count>({total})</span>
      </h2>
      {rows.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>{empty}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li
              key={row.id}
              data-desk-row={row.id}
              style={{ padding: '6px 0', borderTop: '1px solid var(--theme-elevation-100)' }}
            >
              <a href={`/admin/collections/articles/${row.id}`}>{row.title}</a>
              <div style={{ fontSize: 13, color: 'var(--theme-elevation-650)' }}>
                {row.stage ? STAGE_LABELS[row.stage] : ''}
                {row.at ? ` · ${atLabel} ${formatAt(row.at)}` : ''}
              </div>
              {row.reason ? (
                <div data-desk-reason style={{ fontSize: 13 }}>
                  Lý do trả lại: {row.reason}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {moreHref && total > rows.length ? (
        <p style={{ margin: '8px 0 0' }}>
          <a href={moreHref}>Xem tất cả ({total})</a>
        </p>
      ) : null}
    </section>
  )
}

/*
 * The schedule page's query parameters (`?tuan=2026-W48`, `?in=1`) as the page cache keys them:
 * spellings of one week share one cached page (`2026-w48` → `2026-W48`), and every invalid week
 * maps to one marker value, which the page answers with a notice. So junk in `?tuan=` neither
 * fills the page cache nor costs more than one render per content change.
 */
import { formatIsoWeek, parseIsoWeek } from './week'

export const INVALID_WEEK = 'khong-hop-le'

export function normalizeScheduleParam(name: string, value: string): string {
  if (name === 'tuan') {
    const week = parseIsoWeek(value)
    return week ? formatIsoWeek(week) : INVALID_WEEK
  }
  if (name === 'in') return value === '1' ? '1' : ''
  return value
}

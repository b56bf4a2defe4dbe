/**
 * Reads the export's filters (`from`, `to`, `actor`, `doc`, `action`) into a Payload `where`.
 * Dates are `YYYY-MM-DD` (whole days, `to` inclusive) or full ISO timestamps; `actor` is an
 * e-mail or a user id; `doc` a document id. Bad values are the caller's mistake: a Vietnamese
 * message for a 400.
 */
import type { Where } from 'payload'

import { isAuditAction } from './actions'

const DAY = /^\d{4}-\d{2}-\d{2}$/

export class ExportQueryError extends Error {}

function parseDate(value: string, name: string, endOfDay: boolean): string {
  const date = new Date(DAY.test(value) ? `${value}T00:00:00.000Z` : value)
  if (Number.isNaN(date.getTime()))
    throw new ExportQueryError(`Ngày "${name}" không hợp lệ (dùng dạng YYYY-MM-DD).`)
  if (endOfDay && DAY.test(value)) date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString()
}

export function exportWhere(params: URLSearchParams): Where {
  const and: Where[] = []
  const from = params.get('from')?.trim()
  const to = params.get('to')?.trim()
  const actor = params.get('actor')?.trim()
  const doc = params.get('doc')?.trim()
  const action = params.get('action')?.trim()
  if (from) and.push({ at: { greater_than_equal: parseDate(from, 'from', false) } })
  if (to) {
    const end = parseDate(to, 'to', true)
    and.push({ at: DAY.test(to) ? { less_than: end } : { less_than_equal: end } })
  }
  if (actor) {
    and.push(
      actor.includes('@')
        ? { actorEmail: { equals: actor.toLowerCase() } }
        : { actor: { equals: actor } },
    )
  }
  if (doc) and.push({ documentId: { equals: doc } })
  if (action) {
    if (!isAuditAction(action)) throw new ExportQueryError(`Hành động "${action}" không có.`)
    and.push({ action: { equals: action } })
  }
  return { and }
}

import type { CollectionBeforeChangeHook } from 'payload'

import { recordNotedChange } from './record-noted-change'

const CONTEXT_KEY = 'publishedAtAuditSummary'

/** A date as the audit summary shows it: UTC to the minute, or ∅ for none. */
function shown(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '∅'
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? '∅'
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

const instant = (value: unknown): number | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/**
 * Every change of an article's `publishedAt` goes to the audit log: the royalty month is the
 * month of that date, and staff may set it by hand before publication, so who moved it from
 * what to what must be on record, drafts and autosaves included. The change is worked out before
 * the save against the version it follows (`originalDoc`, a pending draft's included; runs after
 * set-published-at.ts, so the date publishing fills in counts too) and written after it, so a
 * refused save leaves no entry.
 */
export const rememberPublishedAtChange: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
}) => {
  if (req.context) delete req.context[CONTEXT_KEY]
  if (!('publishedAt' in data)) return data
  const before = (originalDoc as { publishedAt?: unknown } | undefined)?.publishedAt
  if (instant(before) === instant(data.publishedAt)) return data
  req.context[CONTEXT_KEY] = `ngày xuất bản: ${shown(before)} → ${shown(data.publishedAt)}`
  return data
}

export const auditPublishedAtChange = recordNotedChange(CONTEXT_KEY, 'published-at-change')

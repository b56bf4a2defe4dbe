/**
 * Sums over the readership counters (per day, per page, in total). Payload's Local API has no
 * GROUP BY, so these are one aggregate each: SQL on SQLite, a pipeline on MongoDB (the latter
 * untested here). Days are `YYYY-MM-DD` strings, which sort and compare as dates.
 */
import type { Payload } from 'payload'

import { sqliteClient, usesMongo } from '@/db/sqlite-client'

import type { PageKind } from './page-kind'
import { mongoModel } from './store'

export interface DayTotal {
  day: string
  views: number
}
export interface PageTotal {
  path: string
  key: string
  views: number
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0)) || 0

export async function viewsPerDay(payload: Payload, from: string, to: string): Promise<DayTotal[]> {
  if (usesMongo(payload)) {
    const rows = await mongoModel(payload).aggregate([
      { $match: { day: { $gte: from, $lte: to } } },
      { $group: { _id: '$day', views: { $sum: '$views' } } },
      { $sort: { _id: 1 } },
    ])
    return (rows as { _id: string; views: number }[]).map((r) => ({ day: r._id, views: r.views }))
  }
  const { rows } = await sqliteClient(payload).execute({
    sql: 'SELECT day, SUM(views) AS views FROM page_views WHERE day >= ? AND day <= ? GROUP BY day ORDER BY day',
    args: [from, to],
  })
  return rows.map((r) => ({ day: String(r.day), views: num(r.views) }))
}

export async function topPages(
  payload: Payload,
  kind: PageKind,
  from: string,
  to: string,
  limit: number,
): Promise<PageTotal[]> {
  if (usesMongo(payload)) {
    const rows = await mongoModel(payload).aggregate([
      { $match: { kind, day: { $gte: from, $lte: to } } },
      { $group: { _id: '$path', key: { $first: '$key' }, views: { $sum: '$views' } } },
      { $sort: { views: -1, _id: 1 } },
      { $limit: limit },
    ])
    return (rows as { _id: string; key: string; views: number }[]).map((r) => ({
      path: r._id,
      key: r.key,
      views: r.views,
    }))
  }
  const { rows } = await sqliteClient(payload).execute({
    sql: `SELECT path, MAX(key) AS key, SUM(views) AS views FROM page_views
          WHERE kind = ? AND day >= ? AND day <= ? GROUP BY path ORDER BY views DESC, path LIMIT ?`,
    args: [kind, from, to, limit],
  })
  return rows.map((r) => ({ path: String(r.path), key: String(r.key ?? ''), views: num(r.views) }))
}

/** All views ever (to = undefined) or on one day. */
export async function totalViews(payload: Payload, day?: string): Promise<number> {
  if (usesMongo(payload)) {
    const rows = await mongoModel(payload).aggregate([
      ...(day ? [{ $match: { day } }] : []),
      { $group: { _id: null, views: { $sum: '$views' } } },
    ])
    return num((rows[0] as { views?: number } | undefined)?.views)
  }
  const { rows } = await sqliteClient(payload).execute(
    day
      ? { sql: 'SELECT SUM(views) AS views FROM page_views WHERE day = ?', args: [day] }
      : 'SELECT SUM(views) AS views FROM page_views',
  )
  return num(rows[0]?.views)
}

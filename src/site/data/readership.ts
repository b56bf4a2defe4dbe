/**
 * The figures reader pages show ("Đọc nhiều", the footer counter), refreshed at most once a
 * minute per process whatever the traffic: pages never query the counters per request. Pages
 * that hold them are page-cached, so a cached page's figures can be up to the page cache's TTL
 * (10 minutes) older still; that is the documented trade for serving cached pages.
 */
import type { CardArticle } from '@/site/data/cards'
import { topPages, totalViews } from '@/site/readership/queries'
import { readershipState } from '@/site/readership/state'
import { vietnamDay, vietnamDayBefore } from '@/site/readership/vietnam-day'

import { listCards } from './cards'
import { payloadClient } from './client'

export const READERSHIP_REFRESH_MS = 60_000
const MOST_READ = 5
const KEY = Symbol.for('portal.site.readership')

export interface Readership {
  mostRead: CardArticle[]
  today: number
  total: number
}

type Holder = { [KEY]?: { at: number; value: Promise<Readership> } }

async function load(): Promise<Readership> {
  const payload = await payloadClient()
  const today = vietnamDay()
  const pending = readershipState().tally
  const [top, todayViews, total] = await Promise.all([
    // A few extra: some of the most read may have been unpublished since.
    topPages(payload, 'article', vietnamDayBefore(6), today, MOST_READ * 3),
    totalViews(payload, today),
    totalViews(payload),
  ])
  const slugs = top.map((t) => t.key).filter(Boolean)
  const cards = slugs.length
    ? (await listCards({ where: { slug: { in: slugs } }, limit: slugs.length, pagination: false }))
        .docs
    : []
  const rank = new Map(slugs.map((slug, i) => [slug, i]))
  const mostRead = cards
    .filter((c) => c.slug && rank.has(c.slug))
    .sort((a, b) => (rank.get(a.slug ?? '') ?? 0) - (rank.get(b.slug ?? '') ?? 0))
    .slice(0, MOST_READ)
  return {
    mostRead,
    today: todayViews + pending.pending(today),
    total: total + pending.pending(),
  }
}

export function getReadership(now = Date.now()): Promise<Readership> {
  const holder = globalThis as Holder
  const hit = holder[KEY]
  if (hit && now - hit.at < READERSHIP_REFRESH_MS) return hit.value
  const value = load()
  holder[KEY] = { at: now, value }
  value.catch(() => {
    if (holder[KEY]?.value === value) delete holder[KEY]
  })
  return value
}

/** "Đang truy cập": this process's distinct visitors of the last five minutes. */
export const activeVisitors = (): number => readershipState().active.count()

import { VIETNAM_OFFSET_MS } from '@/lib/vietnam-time'

import { bumpContentVersion } from './content-version'

/*
 * Some pages follow the clock rather than the content: the work schedule shows "this week" and
 * marks today, and its calendar feeds cover weeks around the current one. A new day in Vietnam
 * therefore counts as a content change: the caches are cleared once at every midnight (UTC+7),
 * which costs one render per page per day.
 */
const DAY_MS = 24 * 60 * 60 * 1000

/** Milliseconds from `now` to the next 00:00 in Vietnam. */
export function msUntilVietnamMidnight(now: number = Date.now()): number {
  const local = now + VIETNAM_OFFSET_MS
  return DAY_MS - (((local % DAY_MS) + DAY_MS) % DAY_MS)
}

/** Bumps the content version at every midnight in Vietnam; returns a function that stops it. */
export function refreshAtVietnamMidnight(): () => void {
  let timer: NodeJS.Timeout
  const arm = () => {
    // A few milliseconds late rather than early: the page must render on the new day.
    timer = setTimeout(() => {
      bumpContentVersion()
      arm()
    }, msUntilVietnamMidnight() + 50)
    timer.unref()
  }
  arm()
  return () => clearTimeout(timer)
}

/**
 * The one rule for "is this request a reader's page view", shared by the counter in front of the
 * page cache (counter.ts) and the listener for the pages nginx answers from its micro-cache
 * (view-log.ts), so both paths count and exclude exactly the same requests.
 */
import { isBotAgent } from './bots'
import { type CountedPage, countedPage } from './page-kind'

export interface PageView extends CountedPage {
  /** Client address (for "Đang truy cập"; hashed in memory, never stored). */
  address: string
}

type Headers = Record<string, string | string[] | undefined>

/** Whether a request's method and headers let it count (its path aside). */
export function candidateRequest(method: string, headers: Headers): boolean {
  if (method !== 'GET') return false
  // Client navigation payloads and prefetches are not views of a page.
  return !(headers.rsc || headers['next-router-prefetch'] || headers.purpose === 'prefetch')
}

/** The page a request would count as, before its answer is known; null when it never counts. */
export function candidatePage(method: string, path: string, headers: Headers): CountedPage | null {
  return candidateRequest(method, headers) ? countedPage(path) : null
}

/** Whether an answer counts: 200 with HTML, to something that is not a bot. */
export function countedAnswer(status: number, contentType: string, agent: unknown): boolean {
  return (
    status === 200 &&
    contentType.startsWith('text/html') &&
    !isBotAgent(typeof agent === 'string' ? agent : undefined)
  )
}

/**
 * What makes a 200 answer wrong in the load run. A status and a deadline are not enough: a page
 * cut short, Next's empty error shell, the portal's error page sent with 200, or another page
 * than the one asked for would count as a fast success and flatter the figures. Each read must
 * be a whole Vietnamese page whose canonical link is the address asked for (home, category
 * listings and articles all set one); a search must be the results page of its own query.
 */
import { vi } from '@/site/i18n/vi'

const ERROR_TITLES = [vi.notFoundTitle, vi.serverErrorTitle]

const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const titleOf = (html: string): string | undefined => {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]
  return title === undefined ? undefined : unescape(title)
}

/** Path and query of the page's canonical link, or undefined when it has none. */
const canonicalOf = (html: string): string | undefined => {
  const tag = /<link\b[^>]*\brel="canonical"[^>]*>/i.exec(html)?.[0]
  const href = tag && /\bhref="([^"]*)"/.exec(tag)?.[1]
  if (!href) return undefined
  const url = new URL(unescape(href), 'http://localhost')
  return url.pathname + url.search
}

/**
 * Why `html`, answered with 2xx for `path` (a request of `kind`: `read:…` or `search`), is not
 * the page asked for; null when it is.
 */
export function wrongContent(kind: string, path: string, html: string): string | null {
  if (!/<\/html>/i.test(html)) return 'incomplete page (no closing </html>)'
  if (/<html\b[^>]*\bid="__next_error__"/i.test(html)) return 'Next error shell'
  if (!/<html\b[^>]*\blang="vi"/i.test(html)) return 'no <html lang="vi">'
  const title = titleOf(html)
  if (title === undefined) return 'no <title>'
  if (ERROR_TITLES.some((t) => title.startsWith(t))) return `error page: ${title}`
  if (kind === 'search') {
    const q = new URL(path, 'http://localhost').searchParams.get('q') ?? ''
    return title.startsWith(`Tìm kiếm: ${q}`) ? null : `search page of another query: ${title}`
  }
  const canonical = canonicalOf(html)
  if (canonical === undefined) return 'no canonical link'
  return canonical === path ? null : `another page (canonical ${canonical})`
}

/**
 * Whether a search results page found nothing. Not an error (a query may match nothing), but
 * an empty answer is cheap, so the run reports how many searches had results.
 */
export const foundNothing = (html: string): boolean =>
  html.includes('Không tìm thấy kết quả nào cho')

import { DEFAULT_LOCALE, isLocale, LOCALES } from '@/i18n/locales'

/**
 * Payload answers a REST or GraphQL request without `?locale=` in the default language only
 * while localisation falls back; with `fallback: false` (issue 12 §2: a missing English field
 * must read as missing) such a request gets no language at all and every localised field comes
 * back empty, and a write through it is lost. So a request to the API without a locale is given
 * the default one (Vietnamese), as before localisation: the Express server applies this to every
 * /api request (src/server/app.ts), and the API test server does the same. A locale Payload
 * does not know (`?locale=xx`, an empty one) is refused with a 400 (`refusedLocale`), since
 * Payload would read every localised field as empty and drop what is written. Pure.
 */
export function withDefaultLocale(url: string): string {
  const [path = '', query] = splitOnce(url, '?')
  if (!/^\/api(\/|$)/.test(path)) return url
  const params = new URLSearchParams(query ?? '')
  if (params.has('locale')) return url
  return `${path}?${query ? `${query}&` : ''}locale=${DEFAULT_LOCALE}`
}

/** What Payload accepts besides a content language: every language at once (reads). */
const ALL_LOCALES = new Set(['all', '*'])

/**
 * The Vietnamese 400 message for an /api request whose `locale` is unknown, empty or given more
 * than once, or null when the request may go on.
 */
export function refusedLocale(url: string): string | null {
  const [path = '', query] = splitOnce(url, '?')
  if (!/^\/api(\/|$)/.test(path)) return null
  const values = new URLSearchParams(query ?? '').getAll('locale')
  if (values.length === 0) return null
  const value = values[0] ?? ''
  if (values.length === 1 && (isLocale(value) || ALL_LOCALES.has(value))) return null
  const shown = values.length > 1 ? values.join(', ') : value
  return `Ngôn ngữ "${shown}" không được hỗ trợ. Dùng locale=${LOCALES.join(' hoặc locale=')}.`
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const at = value.indexOf(separator)
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)]
}

import { DEFAULT_LOCALE } from '@/i18n/locales'

/**
 * Payload answers a REST or GraphQL request without `?locale=` in the default language only
 * while localisation falls back; with `fallback: false` (issue 12 §2: a missing English field
 * must read as missing) such a request gets no language at all and every localised field comes
 * back empty, and a write through it is lost. So a request to the API without a locale is given
 * the default one (Vietnamese), as before localisation: the Express server applies this to every
 * /api request (src/server/app.ts), and the API test server does the same. Pure.
 */
export function withDefaultLocale(url: string): string {
  const [path = '', query] = splitOnce(url, '?')
  if (!/^\/api(\/|$)/.test(path)) return url
  const params = new URLSearchParams(query ?? '')
  if (params.has('locale')) return url
  return `${path}?${query ? `${query}&` : ''}locale=${DEFAULT_LOCALE}`
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const at = value.indexOf(separator)
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)]
}

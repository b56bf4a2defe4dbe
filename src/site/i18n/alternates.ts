/**
 * `<link rel="alternate" hreflang>` for a page that exists in both languages, both ways: each
 * version names the other and itself, and `x-default` is the Vietnamese one (the portal's
 * language). Pure; absolute URLs as search engines require. A page with one language gets none.
 */
import { absoluteUrl } from '@/site/env'

export interface LanguagePaths {
  vi: string
  en: string | null
}

export type HreflangMap = Record<'vi' | 'en' | 'x-default', string>

export function hreflangAlternates(paths: LanguagePaths): HreflangMap | undefined {
  if (!paths.en) return undefined
  const vi = absoluteUrl(paths.vi)
  return { vi, en: absoluteUrl(paths.en), 'x-default': vi }
}

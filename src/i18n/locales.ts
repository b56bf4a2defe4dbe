import type { LocalizationConfig } from 'payload'

/**
 * The content languages: Vietnamese, the portal's language and the default (what every query
 * without a locale reads, so Vietnamese-only code never changes), and English for the
 * organisation section (issue 12 §2). Shared by the Payload config and the site.
 */
export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'vi'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

export const contentLocalization: LocalizationConfig = {
  locales: [
    { code: 'vi', label: 'Tiếng Việt' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: DEFAULT_LOCALE,
  // A missing English field reads as empty, never as its Vietnamese text.
  fallback: false,
  // The admin's Publish button publishes the language being edited, not every language: the
  // other language's draft waits for its own review (src/hooks/publish-one-locale.ts).
  defaultLocalePublishOption: 'active',
}

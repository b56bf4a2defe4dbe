import type { Locale } from '@/i18n/locales'

import { en } from './en'
import { type UiStrings, vi } from './vi'

/** The interface strings of a language. */
export const ui = (locale: Locale): UiStrings => (locale === 'en' ? en : vi)

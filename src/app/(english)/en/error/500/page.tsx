import type { Metadata } from 'next'

import { EnglishServerError } from '@/components/english/EnglishServerError'
import { en } from '@/site/i18n/en'

export const metadata: Metadata = { title: en.serverErrorTitle, robots: { index: false } }

/**
 * The English 500 page as server HTML, which src/server/error-pages.ts sends with status 500 in
 * place of Next's empty error shell when a page under /en fails, so English readers (and readers
 * without JavaScript) get an English page with `lang="en"`, not the Vietnamese one.
 */
export default function EnglishServerErrorPage() {
  return <EnglishServerError />
}

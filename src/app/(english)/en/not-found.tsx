import type { Metadata } from 'next'

import { EnglishNotFound } from '@/components/english/EnglishNotFound'
import { en } from '@/site/i18n/en'

export const metadata: Metadata = { title: en.notFoundTitle, robots: { index: false } }

/**
 * Shown by Next when an English page calls notFound(). As for the Vietnamese pages, Next renders
 * it only on the client, so Express replaces the empty shell with /en/error/404
 * (src/server/error-pages.ts) and readers without JavaScript get an English 404 too.
 */
export default function NotFound() {
  return <EnglishNotFound />
}

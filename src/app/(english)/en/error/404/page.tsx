import type { Metadata } from 'next'

import { EnglishNotFound } from '@/components/english/EnglishNotFound'
import { en } from '@/site/i18n/en'

export const metadata: Metadata = { title: en.notFoundTitle, robots: { index: false } }

/**
 * The English 404 page as server HTML, which src/server/error-pages.ts serves with status 404. Two
 * segments under /en (EN_ERROR_PAGES), so no page slug, always one segment, can take its address.
 */
export default function EnglishNotFoundPage() {
  return <EnglishNotFound />
}

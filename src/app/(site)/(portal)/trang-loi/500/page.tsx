import type { Metadata } from 'next'

import { ServerErrorContent } from '@/components/layout/ServerErrorContent'
import { vi } from '@/site/i18n/vi'

export const metadata: Metadata = { title: vi.serverErrorTitle, robots: { index: false } }

/**
 * The 500 page as ordinary server-rendered HTML, which Express sends with status 500 in place of
 * Next's empty error shell (src/server/error-pages.ts).
 */
export default function ServerErrorPage() {
  return <ServerErrorContent />
}

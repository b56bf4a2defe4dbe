import type { Metadata } from 'next'

import { ServerErrorContent } from '@/components/layout/ServerErrorContent'

export const metadata: Metadata = { title: 'Đã có lỗi xảy ra', robots: { index: false } }

/**
 * The 500 page as ordinary server-rendered HTML, which Express sends with status 500 in place of
 * Next's empty error shell (src/server/error-pages.ts).
 */
export default function ServerErrorPage() {
  return <ServerErrorContent />
}

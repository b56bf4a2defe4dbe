import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/layout/NotFoundContent'

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

/**
 * The 404 page as ordinary server-rendered HTML (in the site layout, `lang="vi"`), which Express
 * sends with status 404 in place of Next's empty not-found shell (src/server/error-pages.ts).
 */
export default function NotFoundPage() {
  return <NotFoundContent />
}

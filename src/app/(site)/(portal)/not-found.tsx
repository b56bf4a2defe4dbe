import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/layout/NotFoundContent'

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

/**
 * Shown by Next when a page calls notFound(). Next renders it only on the client (the HTML is an
 * empty shell), so Express replaces that shell with /trang-loi/404 (src/server/error-pages.ts).
 */
export default function NotFound() {
  return <NotFoundContent />
}

'use client'

import { ServerErrorContent } from '@/components/layout/ServerErrorContent'

/**
 * Shown when rendering a page failed during client navigation; a full page load gets
 * /trang-loi/500 from Express instead (src/server/error-pages.ts). Details are in the server log.
 */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <ServerErrorContent
      retry={
        <button type="button" className="button" onClick={() => reset()}>
          Thử lại
        </button>
      }
    />
  )
}

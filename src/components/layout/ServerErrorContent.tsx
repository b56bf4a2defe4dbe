import type { ReactNode } from 'react'

import { vi } from '@/site/i18n/vi'
import { urls } from '@/site/urls'

/**
 * What a reader sees when a page failed to render (the error boundary and the server-rendered
 * 500 page). The details are in the server log, not here.
 */
export function ServerErrorContent({ retry }: { retry?: ReactNode }) {
  return (
    <div className="wrap">
      <h1 className="page-title">{vi.serverErrorTitle}</h1>
      <p>{vi.serverErrorText}</p>
      <p>
        {retry}
        {retry ? ' ' : null}
        <a href={urls.home()}>Về trang chủ</a>
      </p>
    </div>
  )
}

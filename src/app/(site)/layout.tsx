import type { Metadata } from 'next'
import React from 'react'

import { getSite } from '@/lib/site'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return { title: { default: site.name, template: `%s | ${site.name}` } }
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  )
}

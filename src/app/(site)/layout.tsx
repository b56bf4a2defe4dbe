import '@/styles/site.css'

import type { Metadata, Viewport } from 'next'
import type { CSSProperties, ReactNode } from 'react'

import { EmcMeta } from '@/components/layout/EmcMeta'
import { bodyScript, headScript } from '@/components/layout/inline-scripts'
import { getSite } from '@/site/data/site'
import { siteOrigin } from '@/site/env'
import { siteFeedAlternate } from '@/site/seo/feed-links'
import { fontStacks, webFontFamilies } from '@/styles/fonts'

// Pages are rendered on request and kept by the server's page cache, which every content change
// clears (see src/server/page-cache.ts); nothing is baked in at build time.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: site.name, template: `%s | ${site.shortName || site.name}` },
    description: site.tagline ?? undefined,
    applicationName: site.name,
    alternates: { types: siteFeedAlternate(site.name) },
    openGraph: { siteName: site.name, locale: 'vi_VN', type: 'website' },
    icons: { icon: '/favicon.svg' },
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a50e0e' }

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const site = await getSite()
  return (
    <html lang="vi" suppressHydrationWarning style={fontStacks() as CSSProperties}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: headScript }} />
        <meta name="web-fonts" content={webFontFamilies().join(',')} />
        <EmcMeta url={site.emcScriptUrl} />
      </head>
      <body>
        {children}
        <script dangerouslySetInnerHTML={{ __html: bodyScript }} />
      </body>
    </html>
  )
}

import '@/styles/site.css'
import '@/styles/pages.css'

import type { Metadata, Viewport } from 'next'
import type { CSSProperties, ReactNode } from 'react'

import { EmcMeta } from '@/components/layout/EmcMeta'
import { bodyScript, headScript } from '@/components/layout/inline-scripts'
import { getEnglishSite } from '@/site/data/english'
import { siteOrigin } from '@/site/env'
import { fontStacks, webFontFamilies } from '@/styles/fonts'

/**
 * The root layout of the English section (issue 12 §2): its own `<html lang="en">`, since the
 * Vietnamese site's root layout (src/app/(site)/layout.tsx) says `lang="vi"` and Next gives each
 * route group its own root layout. Rendered on request and kept by the page cache like every
 * other reader page.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getEnglishSite()
  const name = site.name || undefined
  return {
    metadataBase: new URL(siteOrigin()),
    title: name ? { default: name, template: `%s | ${site.shortName || name}` } : undefined,
    description: site.tagline ?? undefined,
    applicationName: name,
    openGraph: { siteName: name, locale: 'en_GB', type: 'website' },
    icons: { icon: '/favicon.svg' },
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a50e0e' }

export default async function EnglishRootLayout({ children }: { children: ReactNode }) {
  // The same settings read as generateMetadata's (memoised per content version).
  const site = await getEnglishSite()
  return (
    <html lang="en" suppressHydrationWarning style={fontStacks() as CSSProperties}>
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

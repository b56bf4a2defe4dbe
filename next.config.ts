import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Express (src/server/index.ts) compresses and sets security headers for every response.
  compress: false,
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` checks the whole project (tests included) as its own CI step; the
  // production build need not repeat it on every start.
  typescript: { ignoreBuildErrors: true },
  // Sitemap pages live at the site root (a sitemap may only list URLs under its own folder);
  // `/sitemap.xml` and `/sitemap-news.xml` are routes of their own and are matched first.
  rewrites: async () => [{ source: '/sitemap-:name.xml', destination: '/sitemaps/:name' }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

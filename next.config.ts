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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

import { absoluteUrl } from '@/site/env'
import { urls } from '@/site/urls'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /in/',
    'Disallow: /xem-truoc',
    '',
    `Sitemap: ${absoluteUrl(urls.sitemap())}`,
    `Sitemap: ${absoluteUrl(urls.newsSitemap())}`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

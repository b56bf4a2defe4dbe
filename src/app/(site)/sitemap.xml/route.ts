import { sitemapEntries } from '@/lib/site/data/sitemap'
import { urlset } from '@/lib/site/feeds/sitemap'
import { xmlResponse } from '@/lib/site/feeds/xml'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  return xmlResponse(urlset(await sitemapEntries()))
}

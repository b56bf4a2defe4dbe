import { sitemapEntries } from '@/site/data/sitemap'
import { urlset } from '@/site/feeds/sitemap'
import { xmlResponse } from '@/site/feeds/xml'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  return xmlResponse(urlset(await sitemapEntries()))
}

import { sitemapPages } from '@/site/data/sitemap'
import { sitemapIndex } from '@/site/feeds/sitemap'
import { xmlResponse } from '@/site/feeds/xml'
import { urls } from '@/site/urls'

export const dynamic = 'force-dynamic'

/** The sitemap index; the pages themselves are `/sitemap-<name>.xml` (sitemaps/[name]). */
export async function GET(): Promise<Response> {
  return xmlResponse(sitemapIndex((await sitemapPages()).map(urls.sitemapPage)))
}

import { recentNews } from '@/lib/site/data/sitemap'
import { getSite } from '@/lib/site/data/site'
import { newsUrlset } from '@/lib/site/feeds/sitemap'
import { xmlResponse } from '@/lib/site/feeds/xml'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const [site, news] = await Promise.all([getSite(), recentNews()])
  return xmlResponse(newsUrlset(site, news))
}

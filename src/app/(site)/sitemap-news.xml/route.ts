import { getSite } from '@/site/data/site'
import { recentNews } from '@/site/data/sitemap'
import { newsUrlset } from '@/site/feeds/sitemap'
import { xmlResponse } from '@/site/feeds/xml'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const [site, news] = await Promise.all([getSite(), recentNews()])
  return xmlResponse(newsUrlset(site, news))
}

import { listCards } from '@/site/data/cards'
import { getSite } from '@/site/data/site'
import { rssFeed } from '@/site/feeds/rss'
import { xmlResponse } from '@/site/feeds/xml'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const [site, latest] = await Promise.all([getSite(), listCards({ limit: 30, pagination: false })])
  return xmlResponse(rssFeed({ site, articles: latest.docs }), 'application/rss+xml')
}

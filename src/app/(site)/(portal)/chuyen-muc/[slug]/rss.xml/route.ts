import { listCards } from '@/site/data/cards'
import { descendantIds, getCategories, getSite } from '@/site/data/site'
import { getCategoryBySlug } from '@/site/data/taxonomy'
import { rssFeed } from '@/site/feeds/rss'
import { xmlResponse } from '@/site/feeds/xml'
import { decodeSlug } from '@/site/slug-param'

export const dynamic = 'force-dynamic'

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const category = await getCategoryBySlug(decodeSlug((await params).slug))
  if (!category) return new Response('Không tìm thấy chuyên mục', { status: 404 })
  const [site, all] = await Promise.all([getSite(), getCategories()])
  const latest = await listCards({
    where: { categories: { in: descendantIds(all, category.id) } },
    limit: 30,
    pagination: false,
  })
  return xmlResponse(rssFeed({ site, articles: latest.docs, category }), 'application/rss+xml')
}

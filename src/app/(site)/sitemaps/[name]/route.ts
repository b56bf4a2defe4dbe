import { sitemapPage } from '@/site/data/sitemap'
import { urlset } from '@/site/feeds/sitemap'
import { xmlResponse } from '@/site/feeds/xml'

export const dynamic = 'force-dynamic'

interface Context {
  params: Promise<{ name: string }>
}

/**
 * One page of the sitemap. Served at `/sitemap-<name>.xml` (a rewrite in next.config.ts), at
 * the site root, because a sitemap may only list URLs under its own folder.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const entries = await sitemapPage((await params).name)
  if (!entries) return new Response('Không có trang sơ đồ này.', { status: 404 })
  return xmlResponse(urlset(entries))
}

import { draftMode } from 'next/headers'

import { getPageTree } from '@/site/data/pages'
import { previewUser } from '@/site/preview'
import { urls } from '@/site/urls'

export const dynamic = 'force-dynamic'

/**
 * Admin "Xem trước" link: `/xem-truoc?slug=…` for an article, `/xem-truoc?trang=<id>` for a
 * standing page. Only a signed-in staff member gets draft mode; everyone else is sent to the
 * sign-in screen. A page is sent to its address in the tree of newest drafts (a page never
 * published has no public address yet).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const slug = (url.searchParams.get('slug') ?? '').trim()
  const pageId = (url.searchParams.get('trang') ?? '').trim()
  const user = await previewUser()
  if (!user)
    return Response.redirect(
      new URL(`/admin/login?redirect=${encodeURIComponent(url.pathname + url.search)}`, url),
      307,
    )
  let location: string
  if (pageId) {
    const path = (await getPageTree(user)).pathOf.get(pageId)
    if (!path) return new Response('Không tìm thấy trang cần xem trước.', { status: 404 })
    location = encodeURI(path)
  } else if (slug) {
    location = urls.article(slug)
  } else {
    return new Response('Thiếu đường dẫn bài viết (slug) hoặc mã trang.', { status: 400 })
  }
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  })
}

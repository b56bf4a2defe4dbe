import { draftMode } from 'next/headers'

import { previewUser } from '@/site/preview'
import { urls } from '@/site/urls'

export const dynamic = 'force-dynamic'

/**
 * Admin "Xem trước" link: `/xem-truoc?slug=…`. Only a signed-in staff member gets draft mode;
 * everyone else is sent to the public page (or the sign-in screen).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const slug = (url.searchParams.get('slug') ?? '').trim()
  const user = await previewUser()
  if (!user)
    return Response.redirect(
      new URL(`/admin/login?redirect=${encodeURIComponent(url.pathname + url.search)}`, url),
      307,
    )
  if (!slug) return new Response('Thiếu đường dẫn bài viết (slug).', { status: 400 })
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: { Location: urls.article(slug), 'Cache-Control': 'no-store' },
  })
}

import type { PayloadRequest } from 'payload'

/**
 * Admin "Xem trước" (preview) link for an article: the site's preview route checks the
 * editor's session, switches on draft mode and shows the newest draft at its public URL.
 * Relative, so it works on whatever host the admin is opened on.
 */
export function articlePreviewUrl(doc: Record<string, unknown>): string | null {
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  return slug ? `/xem-truoc?slug=${encodeURIComponent(slug)}` : null
}

/**
 * The same link for Payload's live preview, which frames it beside the form and talks to it
 * with postMessage: that needs an absolute URL on the admin's own origin (the CSP lets only the
 * same origin frame the site). SERVER_URL when set (behind a TLS proxy), else the origin the
 * admin request came in on.
 */
export function articleLivePreviewUrl(
  doc: Record<string, unknown> | undefined,
  req: Pick<PayloadRequest, 'origin'>,
): string | null {
  const path = articlePreviewUrl(doc ?? {})
  if (!path) return null
  const origin = process.env.SERVER_URL || req.origin
  return origin ? new URL(path, origin).toString() : null
}

import type { PayloadRequest } from 'payload'

/**
 * Admin "Xem trước" (preview) links: the site's preview route checks the editor's session,
 * switches on draft mode and shows the newest draft at its public URL. Relative, so they work
 * on whatever host the admin is opened on.
 */
export function articlePreviewUrl(doc: Record<string, unknown>): string | null {
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  return slug ? `/xem-truoc?slug=${encodeURIComponent(slug)}` : null
}

/** A standing page by id: its address depends on its parents, resolved by the preview route. */
export function pagePreviewUrl(doc: Record<string, unknown>): string | null {
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : ''
  return id ? `/xem-truoc?trang=${encodeURIComponent(id)}` : null
}

/**
 * The same links for Payload's live preview, which frames them beside the form and talks to
 * the frame with postMessage: that needs an absolute URL on the admin's own origin (the CSP lets
 * only the same origin frame the site). SERVER_URL when set (behind a TLS proxy), else the
 * origin the admin request came in on.
 */
export function livePreviewUrl(
  collection: string | undefined,
  doc: Record<string, unknown> | undefined,
  req: Pick<PayloadRequest, 'origin'>,
): string | null {
  const path = collection === 'pages' ? pagePreviewUrl(doc ?? {}) : articlePreviewUrl(doc ?? {})
  if (!path) return null
  const origin = process.env.SERVER_URL || req.origin
  return origin ? new URL(path, origin).toString() : null
}

/**
 * Admin "Xem trước" (preview) link for an article: the site's preview route checks the
 * editor's session, switches on draft mode and shows the newest draft at its public URL.
 * Relative, so it works on whatever host the admin is opened on.
 */
export function articlePreviewUrl(doc: Record<string, unknown>): string | null {
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  return slug ? `/xem-truoc?slug=${encodeURIComponent(slug)}` : null
}

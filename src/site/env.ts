/**
 * Public origin for canonical URLs, feeds and sitemaps, without a trailing slash: SERVER_URL,
 * else this server's own address (`http://localhost:$PORT`, PORT defaulting to 3000), so a
 * server started on another port never links readers and crawlers to port 3000.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SERVER_URL || `http://localhost:${env.PORT || 3000}`
  return raw.replace(/\/+$/, '')
}

/** Absolute URL on the public origin for a site path or a Payload media URL. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl
  return `${siteOrigin()}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`
}

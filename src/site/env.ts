/** Public origin for canonical URLs, feeds and sitemaps, without a trailing slash. */
export function siteOrigin(): string {
  const raw = process.env.SERVER_URL || 'http://localhost:3000'
  return raw.replace(/\/+$/, '')
}

/** Absolute URL on the public origin for a site path or a Payload media URL. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl
  return `${siteOrigin()}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`
}

/**
 * Redirect sources are stored as bare paths ("/tin-cu/bai-1"): an editor may paste a whole URL
 * from the old site, with or without a trailing slash, and it must still match.
 */
export function normalizeRedirectPath(input: string): string {
  let value = input.trim()
  try {
    if (/^https?:\/\//i.test(value)) value = new URL(value).pathname + new URL(value).search
  } catch {
    // Not a URL after all: treat it as a path.
  }
  const [rawPath = '', query = ''] = value.split('?', 2)
  let path = rawPath
  try {
    path = decodeURI(rawPath)
  } catch {
    // Malformed escapes are kept as typed.
  }
  path = `/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '') || '/'
  return query ? `${path}?${query}` : path
}

/** Targets may be site paths or absolute http(s) URLs; anything else is refused. */
export function isValidTarget(value: string): boolean {
  const v = value.trim()
  return /^\/(?!\/)/.test(v) || /^https?:\/\/[^\s]+$/i.test(v)
}

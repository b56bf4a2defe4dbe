import { headers } from 'next/headers'

import { SITE_PATH_HEADER } from '@/site/path-header'

/** The path of the page being rendered (decoded, no query), or '/' when unknown. */
export async function currentSitePath(): Promise<string> {
  const raw = (await headers()).get(SITE_PATH_HEADER) ?? '/'
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

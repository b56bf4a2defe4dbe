// The engine relies on Meilisearch 1.18 or newer: swapIndexes with `rename`, the prefixSearch
// setting and attributesToSearchOn. An older server fails init with a message saying so, which
// the server logs at start (search/startup.ts) instead of failing later on a confusing 400.
import type { Meilisearch } from 'meilisearch'

export const MIN_MEILI_VERSION: readonly [number, number] = [1, 18]

/** [major, minor] of a version like "1.18.2" or "v1.19.0-rc.1"; null when unreadable. */
export function parseVersion(v: string): [number, number] | null {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim())
  return m ? [Number(m[1]), Number(m[2])] : null
}

export function isSupportedVersion(v: string): boolean {
  const p = parseVersion(v)
  if (!p) return false
  const [major, minor] = MIN_MEILI_VERSION
  return p[0] > major || (p[0] === major && p[1] >= minor)
}

export async function checkServerVersion(client: Meilisearch): Promise<void> {
  const { pkgVersion } = await client.getVersion()
  if (!isSupportedVersion(pkgVersion)) {
    throw new Error(
      `Meilisearch ${pkgVersion} is not supported: this CMS needs Meilisearch ` +
        `${MIN_MEILI_VERSION.join('.')} or newer (swapIndexes with rename, prefixSearch). ` +
        'Upgrade the server, or unset MEILI_HOST to use the embedded search index.',
    )
  }
}

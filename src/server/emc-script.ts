/**
 * The EMC script URL as the CSP needs it: synchronously, on every response. It is read from the
 * `site` global at start, replaced by the global's afterChange hook in this process, and reloaded
 * (in the background, the old value serving meanwhile) when another process's change bumps the
 * content version. Kept on globalThis: the hook runs in Next's bundle, the header in Express.
 */
import type { Payload } from 'payload'

import { emcOrigin } from '@/globals/emc-url'
import { contentVersion } from '@/site/cache/content-version'

const KEY = Symbol.for('portal.emcScript')

interface Holder {
  [KEY]?: { origin: string | null; version: number; loading: boolean }
}

const holder = globalThis as Holder
const state = () => (holder[KEY] ??= { origin: null, version: -1, loading: false })

export function setEmcScriptUrl(url: unknown): void {
  const s = state()
  s.origin = emcOrigin(url)
  s.version = contentVersion()
}

/** The origin to add to `script-src`, or null when no EMC script is set. */
export function emcScriptOrigin(payload?: Payload): string | null {
  const s = state()
  if (payload && s.version !== contentVersion() && !s.loading) {
    s.loading = true
    const version = contentVersion()
    payload
      .findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
      .then(
        (site) => {
          s.origin = emcOrigin(site.emcScriptUrl)
          s.version = version
        },
        (error: unknown) =>
          payload.logger.error({ err: error }, 'Could not read the EMC script URL'),
      )
      .finally(() => (s.loading = false))
  }
  return s.origin
}

/** Reads the setting once before the first request. */
export async function loadEmcScriptUrl(payload: Payload): Promise<void> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
  setEmcScriptUrl(site.emcScriptUrl)
}

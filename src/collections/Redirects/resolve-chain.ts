import { isValidTarget, normalizeRedirectPath } from './normalize-path'

/**
 * Redirect chains. Editors add redirects one at a time, so A→B followed later by B→A (or a
 * longer ring) is easy to create, and a browser sent around it gives up with "too many
 * redirects". Following the chain here sends a reader to the final address in one hop, and
 * finds rings so they can be refused on save and ignored when serving.
 */

export interface RedirectTarget {
  to: string
  status: 301 | 302
}

/** Longer chains than this are treated like a ring: something is wrong with the table. */
export const MAX_REDIRECT_HOPS = 10

export type ResolvedRedirect =
  | { kind: 'redirect'; to: string; status: 301 | 302 }
  | { kind: 'loop'; path: string[] }
  | { kind: 'none' }

/**
 * Looks `start` up (with its query string first, then without) and follows the targets that
 * are themselves redirected. The reader's query string travels along to a target without one
 * (src/server/redirects.ts), so each next address is looked up as the browser would request it:
 * A?page=2 → B, B?page=2 → A is a ring even though neither A nor B alone redirects. A ring is an
 * address seen twice. Absolute URLs end the chain; the status is 301 only when every hop is
 * permanent.
 */
export function resolveRedirect(
  lookup: (path: string) => RedirectTarget | undefined,
  start: string,
): ResolvedRedirect {
  const find = (p: string) =>
    lookup(p) ?? (p.includes('?') ? lookup(p.split('?', 1)[0]!) : undefined)
  let hit = find(start)
  if (!hit) return { kind: 'none' }
  const query = start.includes('?') ? start.slice(start.indexOf('?')) : ''
  const seen = [start]
  let permanent = hit.status === 301
  for (;;) {
    if (!hit.to.startsWith('/') || !isValidTarget(hit.to)) break
    const target = normalizeRedirectPath(hit.to)
    const next = target.includes('?') || !query ? target : target + query
    if (seen.includes(next) || seen.length > MAX_REDIRECT_HOPS)
      return { kind: 'loop', path: [...seen, next] }
    const further = find(next)
    if (!further) break
    seen.push(next)
    permanent &&= further.status === 301
    hit = further
  }
  return { kind: 'redirect', to: hit.to, status: permanent ? 301 : 302 }
}

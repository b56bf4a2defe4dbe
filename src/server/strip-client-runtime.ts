/**
 * Removes Next's client runtime from a public page's HTML. Reader pages have no client
 * components (the few interactive bits are the layout's inline script), so hydrating them only
 * costs phones ~140 kB of JavaScript and a long main-thread task for nothing. What goes:
 * external scripts and script preloads under /_next/, the bundler's chunk list, and the inline
 * `self.__next_f` scripts that carry the React Server Components payload for hydration. What stays: the markup, CSS,
 * JSON-LD, the portal's own inline scripts and React's tiny streaming helpers ($RC …).
 * What goes is also everything that carried the response's CSP nonce, so a kept page holds none
 * and the layout's scripts run by hash (security.ts, page-cache.ts).
 */
const EXTERNAL_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/g
const FLIGHT_SCRIPT = /<script\b[^>]*>\s*\(?self\.__next_f\s*=?[\s\S]*?<\/script>/g
const BUNDLER_BOOTSTRAP = /<script\b[^>]*>\s*\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>/g

export function stripClientRuntime(html: string): string {
  return html
    .replace(EXTERNAL_SCRIPT, '')
    .replace(SCRIPT_PRELOAD, '')
    .replace(FLIGHT_SCRIPT, '')
    .replace(BUNDLER_BOOTSTRAP, '')
}

/**
 * One number that changes whenever published content may have changed. Payload hooks bump it;
 * the page cache and the small data caches compare against it. It lives on globalThis because
 * the hooks run in the server's module graph while pages run in Next's bundle: both are in the
 * same process but hold separate copies of this module.
 */
const KEY = Symbol.for('portal.site.contentVersion')

interface Holder {
  [KEY]?: number
}

const holder = globalThis as Holder

export function contentVersion(): number {
  return holder[KEY] ?? 0
}

export function bumpContentVersion(): number {
  const next = (holder[KEY] ?? 0) + 1
  holder[KEY] = next
  return next
}

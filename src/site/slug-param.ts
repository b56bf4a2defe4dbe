/**
 * A route's `[slug]` as the reader typed it. Next hands it over percent-encoded, and a hostile
 * or broken link can hold a lone `%` that `decodeURIComponent` throws on; such a slug names no
 * document, so it reads as '' and the page answers 404 instead of 500.
 */
export function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}

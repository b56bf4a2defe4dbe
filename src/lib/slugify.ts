/**
 * Vietnamese-aware URL slug: "Đảng ủy Khối" -> "dang-uy-khoi".
 * NFD separates tone and vowel marks so they can be dropped; đ/Đ has no decomposition and
 * needs its own rule.
 */
export function slugify(input: string, maxLength = 96): string {
  const ascii = input
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  // Cut at a word boundary so slugs do not end in half a syllable.
  const lastDash = cut.lastIndexOf('-')
  return lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut
}

/** Next free slug given the ones already taken: "x", "x-2", "x-3" … */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/** The human name of a document for an audit entry, whatever kind of document it is. */
export function documentTitle(doc: unknown): string | undefined {
  if (!doc || typeof doc !== 'object') return undefined
  const d = doc as Record<string, unknown>
  for (const key of ['title', 'name', 'email', 'filename', 'from', 'slug']) {
    const value = d[key]
    if (typeof value === 'string' && value) return value
  }
  return undefined
}

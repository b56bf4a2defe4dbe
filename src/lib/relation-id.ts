/**
 * The id of a relationship value as Payload hands it over: an id string at depth 0, a populated
 * document at depth ≥ 1 (or null when unset or unreadable). One helper instead of a copy in every
 * file that reads relationships.
 */
export const relationId = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

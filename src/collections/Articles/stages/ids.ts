/** A relationship's id whether Payload gave the id or the populated document. */
export function refId(value: unknown): string | null {
  if (value == null) return null
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && 'id' in value) return refId((value as { id: unknown }).id)
  return null
}

export const refIds = (values: unknown): string[] =>
  Array.isArray(values) ? values.map(refId).filter((v): v is string => v !== null) : []

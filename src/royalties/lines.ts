/**
 * Reading royalty lines as stored on an article (relationships come as ids or populated
 * documents depending on depth) into plain values, shared by the fill hook, the audit hook and
 * the report.
 */
export interface StoredLine {
  person?: unknown
  role?: string | null
  points?: number | null
  amount?: number | null
  note?: string | null
  id?: string | null
}

export const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' && value) return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return typeof id === 'string' ? id : null
  }
  return null
}

export const linesOf = (value: unknown): StoredLine[] =>
  Array.isArray(value) ? (value.filter((l) => l && typeof l === 'object') as StoredLine[]) : []

/** "Minh Yến · Viết · 10 điểm" / "… · 500.000 đ", for audit summaries. */
export function describeLine(
  line: StoredLine,
  names: Map<string, string>,
  roleLabel: (role: unknown) => string,
): string {
  const person = idOf(line.person)
  const who = (person && names.get(person)) || person || '?'
  const value =
    typeof line.amount === 'number'
      ? `${line.amount.toLocaleString('vi-VN')} đ`
      : typeof line.points === 'number'
        ? `${line.points} điểm`
        : '—'
  return `${who} · ${roleLabel(line.role)} · ${value}`
}

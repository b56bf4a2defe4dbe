// FTS5 column names shared by the schema and the MATCH builder.

export const EXACT_COLUMNS = ['title_x', 'sapo_x', 'body_x', 'extra_x'] as const
export const FOLDED_COLUMNS = ['title_f', 'sapo_f', 'body_f', 'extra_f'] as const
/** The small lead table (titles only) that ranks huge result sets; see sqlite-tiers.ts. */
export const LEAD_FTS_COLUMNS = ['title_x', 'title_f'] as const
/**
 * The sapo table (title and sapo) that ranks the second tier. Its columns carry the main table's
 * names so a sapo-tier expression also runs against the main table, which is how the last tier
 * excludes the sapo tier's rows.
 */
export const SAPO_FTS_COLUMNS = ['title_x', 'sapo_x', 'title_f', 'sapo_f'] as const

/** Column filters one MATCH expression is written against. */
export interface ColumnSet {
  exact: string
  folded: string
  titleFolded: string
}

export const MAIN_COLUMNS: ColumnSet = {
  exact: `{${EXACT_COLUMNS.join(' ')}}`,
  folded: `{${FOLDED_COLUMNS.join(' ')}}`,
  titleFolded: '{title_f}',
}

export const LEAD_COLUMNS: ColumnSet = {
  exact: '{title_x}',
  folded: '{title_f}',
  titleFolded: '{title_f}',
}

export const SAPO_COLUMNS: ColumnSet = {
  exact: '{title_x sapo_x}',
  folded: '{title_f sapo_f}',
  titleFolded: '{title_f}',
}

/** FTS5 string literal: wrapped in double quotes, inner quotes doubled. */
export function quoteFts(s: string): string {
  return `"${s.replace(/"/g, '""')}"`
}

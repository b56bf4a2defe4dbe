// FTS5 column names shared by the schema and the MATCH builder.

export const EXACT_COLUMNS = ['title_x', 'sapo_x', 'body_x', 'extra_x'] as const
export const FOLDED_COLUMNS = ['title_f', 'sapo_f', 'body_f', 'extra_f'] as const
/** The small lead table (titles only): exact title matches (the `top` rule, exact.ts). */
export const LEAD_FTS_COLUMNS = ['title_x', 'title_f'] as const
/**
 * The sapo table (title and sapo). Its exact columns' vocabulary feeds spelling suggestions;
 * the column names are the main table's, so one expression runs against either.
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

/** FTS5 string literal: wrapped in double quotes, inner quotes doubled. */
export function quoteFts(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

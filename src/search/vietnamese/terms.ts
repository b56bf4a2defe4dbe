import { hasVietnameseDiacritics } from './fold'
import { normalizeText } from './normalize'
import { tokenize } from './tokenize'
import type { QueryTerm, Token } from './types'

export function toQueryTerm(token: Pick<Token, 'exact' | 'folded'>): QueryTerm {
  return {
    exact: token.exact,
    folded: token.folded,
    hasDiacritics: hasVietnameseDiacritics(token.exact),
  }
}

/** Word and number terms of an editor- or reader-supplied expression, docnum wholes left out. */
export function expressionTerms(expression: string): QueryTerm[] {
  return tokenize(normalizeText(expression))
    .filter((t) => t.kind !== 'docnum')
    .map(toQueryTerm)
}

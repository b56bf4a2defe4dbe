// Shared contract between the pure Vietnamese analyzer and the search engines.

/** One token of analysed text. Offsets point into the normalised text. */
export interface Token {
  /** Canonical lower-case form with diacritics (NFC, canonical tone placement). */
  exact: string
  /** Lower-case form without any tone or vowel marks, đ folded to d. */
  folded: string
  start: number
  end: number
  kind: 'word' | 'number' | 'docnum'
}

/** Space-separated token streams, ready to be stored in a full-text column. */
export interface IndexedText {
  exact: string
  folded: string
}

/** Editor-maintained data from the `search-settings` global, merged over the built-in lists. */
export interface SearchSettings {
  /** Each group is a set of equivalent expressions, e.g. ['UBND', 'Ủy ban nhân dân']. */
  synonyms: string[][]
  stopWords: string[]
  /** Common misspellings rewritten at query time, e.g. { wrong: 'sát nhập', right: 'sáp nhập' }. */
  misspellings: Array<{ wrong: string; right: string }>
}

export interface QueryTerm {
  exact: string
  folded: string
  /** True when the reader typed this term with diacritics (so exact matches should rank first). */
  hasDiacritics: boolean
}

export interface AnalyzedQuery {
  raw: string
  /** The query after normalisation, misspelling fixes and (if applied) telex/VNI decoding. */
  normalized: string
  /** Terms in order, stop words removed unless the query is only stop words. */
  terms: QueryTerm[]
  /** Quoted phrases the reader typed, each a term sequence. */
  phrases: QueryTerm[][]
  /**
   * Synonym/abbreviation expansions: each entry says "the terms at [from, to) of `terms` may
   * instead match this sequence", e.g. UBND -> [ủy, ban, nhân, dân] and the reverse.
   */
  expansions: Array<{ from: number; to: number; terms: QueryTerm[] }>
  /** Document numbers recognised in the query, canonical form such as '12-nq/đuk'. */
  docNumbers: string[]
  /** Set when the raw query was typed telex/VNI without an input method and was decoded. */
  decodedFrom?: 'telex' | 'vni'
  /**
   * Words of a relaxed query (query/relax.ts) that are no longer required: they only add score,
   * so articles holding more of the reader's words rank first.
   */
  optional?: QueryTerm[]
  /**
   * Spans [from, to) of `terms` that are one word of several syllables ("thủ tục", "sinh
   * viên"): required as adjacent syllables, not scattered (query/words.ts finds them).
   */
  words?: Array<{ from: number; to: number }>
}

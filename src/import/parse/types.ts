export type VietEncodingName = 'unicode' | 'tcvn3' | 'vni' | 'viqr'

export interface ParsedPhoto {
  caption: string
  credit?: string
  /** html img src */
  src?: string
  /** index into body blocks */
  position: number
}

export interface InterviewTurn {
  speaker: string
  isQuestion: boolean
  text: string
}

export interface DocumentFields {
  /** '12-NQ/ĐUK' */
  docNumber?: string
  /** 'Nghị quyết', 'Kết luận', 'Kế hoạch', 'Quyết định', 'Chỉ thị', 'Thông báo', … */
  docType?: string
  issuingBody?: string
  /** ISO date */
  issuedAt?: string
  place?: string
  signer?: string
  /** 'T/M BAN CHẤP HÀNH' */
  signerCapacity?: string
  /** 'BÍ THƯ' */
  signerTitle?: string
  recipients: string[]
}

export type ParsedBodyBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'photo'; caption: string; credit?: string; src?: string }
  | { type: 'interview'; turns: InterviewTurn[] }
  | { type: 'list'; items: string[] }

export interface ParsedArticle {
  title: string
  /** the leading label that was dropped */
  category?: string
  kind: 'news' | 'interview' | 'document'
  /** ISO 8601 with +07:00 offset */
  publishedAt?: string
  sapo?: string
  authors: Array<{ name: string; unit?: string }>
  source?: string
  photos: ParsedPhoto[]
  interview: InterviewTurn[]
  document?: DocumentFields
  body: ParsedBodyBlock[]
  bodyText: string
  encoding: VietEncodingName
  /** sha-256 hex of normalised title+bodyText */
  fingerprint: string
  warnings: string[]
}

export interface ParseInput {
  text: string
  fileName: string
  format: 'txt' | 'html'
}

/**
 * One line of the intermediate form both the txt and the html path produce. Blank lines are kept
 * because a run of them (or an <img>) is where a picture used to be.
 */
export interface SourceLine {
  text: string
  blank?: boolean
  /** whitespace-only line or an <img>: the trace a stripped picture leaves behind */
  placeholder?: boolean
  hint?: 'title' | 'heading' | 'item' | 'caption'
  src?: string
  alt?: string
}

// Snippets and highlighted titles are built from the ORIGINAL text so readers see the diacritics
// as the editor wrote them; matching compares folded words so "dang uy" still marks "Đảng ủy".
import { foldVietnamese } from '@/search/vietnamese/fold'
import { WORD_PATTERN } from '@/search/vietnamese/query-text'

const SNIPPET_WORDS = 30
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

interface Word {
  start: number
  end: number
  /** Index into the term list, or -1 when the word is not a query term. */
  term: number
}

/** What to mark: single words, plus sequences (phrases, expansions) marked only when whole. */
export interface HighlightTerms {
  words: ReadonlyMap<string, number>
  sequences: ReadonlyArray<readonly string[]>
  /** Distinct term ids, for scoring snippet windows. */
  size: number
}

function scanWords(text: string, terms: HighlightTerms): Word[] {
  const words: Word[] = []
  const folded: string[] = []
  // Folding the whole text at once is several times cheaper than word by word; when every
  // character folds to exactly one (the norm for Vietnamese NFC text) offsets still line up.
  const whole = foldVietnamese(text)
  const aligned = whole.length === text.length
  for (const m of text.matchAll(WORD_PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    const f = aligned ? whole.slice(start, end) : foldVietnamese(m[0])
    folded.push(f)
    words.push({ start, end, term: terms.words.get(f) ?? -1 })
  }
  terms.sequences.forEach((seq, s) => {
    for (let i = 0; i + seq.length <= folded.length; i++) {
      if (!seq.every((w, k) => folded[i + k] === w)) continue
      for (let k = 0; k < seq.length; k++) {
        const w = words[i + k]
        if (w && w.term < 0) w.term = terms.words.size + s
      }
    }
  })
  return words
}

function splitWords(t: string): string[] {
  return (t.match(WORD_PATTERN) ?? []).map((w) => foldVietnamese(w))
}

/** Builds the highlighter input from folded query words and multi-word sequences. */
export function termIndex(
  single: Iterable<string>,
  sequences: Iterable<readonly string[]> = [],
): HighlightTerms {
  const words = new Map<string, number>()
  const seqs: string[][] = []
  for (const t of single) {
    for (const f of splitWords(t)) if (!words.has(f)) words.set(f, words.size)
  }
  for (const seq of sequences) {
    const folded = seq.flatMap(splitWords)
    if (folded.length === 1 && folded[0] !== undefined) {
      if (!words.has(folded[0])) words.set(folded[0], words.size)
    } else if (folded.length > 1) seqs.push(folded)
  }
  return { words, sequences: seqs, size: words.size + seqs.length }
}

/** Escapes `text[from, to)` and wraps matched words; neighbouring marks merge into one. */
function render(text: string, words: Word[], from: number, to: number): string {
  let out = ''
  let pos = words[from]?.start ?? 0
  let open = false
  for (let i = from; i < to; i++) {
    const w = words[i]
    if (!w) break
    const gap = text.slice(pos, w.start)
    if (w.term >= 0) {
      if (open && /^\s*$/.test(gap)) out += escapeHtml(gap)
      else out += (open ? '</mark>' : '') + escapeHtml(gap) + '<mark>'
      open = true
    } else {
      out += (open ? '</mark>' : '') + escapeHtml(gap)
      open = false
    }
    out += escapeHtml(text.slice(w.start, w.end))
    pos = w.end
  }
  return out + (open ? '</mark>' : '')
}

/** The whole text escaped, with matched words marked (used for titles). */
export function highlightAll(text: string, terms: HighlightTerms): string {
  const words = scanWords(text, terms)
  if (words.length === 0) return escapeHtml(text)
  const first = words[0]?.start ?? 0
  const last = words[words.length - 1]?.end ?? text.length
  return (
    escapeHtml(text.slice(0, first)) +
    render(text, words, 0, words.length) +
    escapeHtml(text.slice(last))
  )
}

interface Window {
  from: number
  to: number
  score: number
}

/** Window of SNIPPET_WORDS words covering the most distinct terms, then the most matches. */
function bestWindow(words: Word[], termCount: number): Window {
  const size = Math.min(SNIPPET_WORDS, words.length)
  const seen = new Array<number>(termCount).fill(0)
  let distinct = 0
  let matches = 0
  const add = (w: Word | undefined, d: 1 | -1): void => {
    if (!w || w.term < 0) return
    const before = seen[w.term] ?? 0
    seen[w.term] = before + d
    if (before === 0 && d === 1) distinct++
    if (before === 1 && d === -1) distinct--
    matches += d
  }
  for (let i = 0; i < size; i++) add(words[i], 1)
  let best: Window = { from: 0, to: size, score: distinct * 1000 + matches }
  for (let from = 1; from + size <= words.length; from++) {
    add(words[from - 1], -1)
    add(words[from + size - 1], 1)
    const score = distinct * 1000 + matches
    if (score > best.score) best = { from, to: from + size, score }
  }
  // Start a little before the first match so the reader gets some context.
  const firstMatch = words.slice(best.from, best.to).findIndex((w) => w.term >= 0)
  if (firstMatch > 5 && best.to < words.length) {
    const shift = Math.min(firstMatch - 3, words.length - best.to)
    best = { ...best, from: best.from + shift, to: best.to + shift }
  }
  return best
}

/**
 * Picks the text (body, sapo, captions…) holding the best window of query words and renders it
 * escaped with <mark>s; falls back to the start of the first non-empty text.
 */
export function makeSnippet(texts: string[], terms: HighlightTerms): string {
  let chosen: { text: string; words: Word[]; win: Window } | undefined
  for (const text of texts) {
    if (!text) continue
    const words = scanWords(text, terms)
    if (words.length === 0) continue
    const win = bestWindow(words, terms.size)
    if (!chosen || win.score > chosen.win.score) chosen = { text, words, win }
  }
  if (!chosen) return ''
  const { text, words, win } = chosen
  const body = render(text, words, win.from, win.to)
  const lastEnd = words[win.to - 1]?.end ?? text.length
  const tail = text.slice(lastEnd).match(/^[.,;:!?)»”"]*/)?.[0] ?? ''
  return (win.from > 0 ? '… ' : '') + body + escapeHtml(tail) + (win.to < words.length ? ' …' : '')
}

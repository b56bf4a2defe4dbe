// Groups body lines into units (one paragraph each), remembering what stood before them: a
// picture placeholder, a blank gap. Repairs paragraphs that a page break or a stray blank line cut
// in the middle of a sentence, and folds a line repeated right after itself (scrapers copy an
// image's alt text and its caption, which are usually identical).
import type { SourceLine } from './types'

export interface Unit {
  text: string
  hint?: SourceLine['hint']
  /** an <img> from the html path */
  image?: { src?: string; alt?: string }
  afterPlaceholder: boolean
  gapBefore: boolean
  /** the same line appeared twice in a row */
  dup: boolean
}

const TERMINAL = /[.!?:;…"”'’)\]]$/

export function toUnits(lines: SourceLine[]): Unit[] {
  const units: Unit[] = []
  let placeholder = false
  let gap = false
  for (const line of lines) {
    if (line.src !== undefined) {
      units.push({
        text: '',
        image: { src: line.src, alt: line.alt },
        afterPlaceholder: true,
        gapBefore: gap,
        dup: false,
      })
      placeholder = true
      gap = false
      continue
    }
    if (line.blank || line.text.trim() === '') {
      gap = true
      if (line.placeholder) placeholder = true
      continue
    }
    const prev = units.at(-1)
    const text = line.text.trim()
    if (prev && !prev.image && text === prev.text) {
      prev.dup = true
    } else if (prev && canContinue(prev, text, line)) {
      prev.text = `${prev.text} ${text}`
    } else {
      units.push({
        text,
        hint: line.hint,
        afterPlaceholder: placeholder,
        gapBefore: gap,
        dup: false,
      })
    }
    placeholder = false
    gap = false
  }
  return units
}

/** A line starting in lower case continues a paragraph that stopped without punctuation. */
function canContinue(prev: Unit, text: string, line: SourceLine): boolean {
  if (prev.image || prev.hint === 'caption' || prev.hint === 'heading' || line.hint) return false
  if (TERMINAL.test(prev.text) || /^[-–•+]\s/.test(text)) return false
  return /^\p{Ll}/u.test(text) && prev.text.length > 60
}

// Derived text shared by both engines, so they search and filter the same fields the same way.
import type { SearchDocument } from '@/search/types'
import { foldVietnamese } from '@/search/vietnamese/fold'

/** Text that is searchable but weighs least: captions, photo credits, bylines, document data. */
export function extraText(doc: SearchDocument): string {
  return [
    ...doc.captions,
    ...doc.credits,
    ...doc.authors,
    doc.docNumber,
    doc.issuingBody,
    doc.signer,
  ]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .join('\n')
}

/** '|a|b|' so a filter is one instr() with '|slug|', no JSON parsing per row. */
export function keyList(values: string[]): string {
  return values.length === 0 ? '' : `|${values.join('|')}|`
}

export function authorKey(name: string): string {
  return foldVietnamese(name.trim().replace(/\s+/g, ' '))
}

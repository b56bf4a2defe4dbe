// Derived text shared by both engines, so they search and filter the same fields the same way.
import type { SearchDocument } from '@/search/types'
import { foldVietnamese } from '@/search/vietnamese/fold'
import { addressedNames, interviewSpeakers, nameKeys } from '@/search/vietnamese/names'

/**
 * Text that is searchable but weighs least: captions, photo credits, bylines, document data. The
 * signer is labelled as a document page prints it ("Người ký: …"), so a question about the field
 * ("ai ký nghị quyết 12-NQ/ĐUK", who signed) matches the document that names its signer, not
 * only texts that happen to hold "ký".
 */
export function extraText(doc: SearchDocument): string {
  return [
    ...doc.captions,
    ...doc.credits,
    ...doc.authors,
    doc.docNumber,
    doc.issuingBody,
    doc.signer?.trim() ? `${SIGNER_LABEL}: ${doc.signer.trim()}` : undefined,
  ]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .join('\n')
}

/** How a document page labels its signer. */
export const SIGNER_LABEL = 'Người ký'

/** '|a|b|' so a filter is one instr() with '|slug|', no JSON parsing per row. */
export function keyList(values: string[]): string {
  return values.length === 0 ? '' : `|${values.join('|')}|`
}

export function authorKey(name: string): string {
  return foldVietnamese(name.trim().replace(/\s+/g, ' '))
}

/**
 * What names a person or a body: photo credits, bylines, the signer and issuing body of a
 * document, the speakers of an interview's turns, and leaders named as "đồng chí …". Indexed whole (see names.ts) besides their
 * words, so a query that is the name ranks where the person is credited, signs or speaks.
 */
export function namedEntities(doc: SearchDocument): string[] {
  const names = [
    ...doc.credits,
    ...doc.authors,
    doc.signer,
    doc.issuingBody,
    ...(doc.kind === 'interview' ? interviewSpeakers(doc.body) : []),
    ...addressedNames(`${doc.sapo}\n${doc.body}`),
  ]
  return [...new Set(names.filter((s): s is string => typeof s === 'string' && s.trim() !== ''))]
}

/** The whole-name keys of namedEntities, space separated, each once. */
export function nameKeysText(doc: SearchDocument): string {
  return [...new Set(namedEntities(doc).flatMap(nameKeys))].join(' ')
}

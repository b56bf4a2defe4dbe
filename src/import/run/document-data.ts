import { DOCUMENT_TYPES, type DocumentType } from '@/collections/Articles/document-types'
import type { DocumentFields } from '@/import/parse/types'

import { foldKey } from './fold'

/** 'Kết luận' → 'ket_luan'; an unknown kind of document is still a document ('khac'). */
export function documentTypeValue(label: string | undefined): DocumentType | undefined {
  if (!label?.trim()) return undefined
  const key = foldKey(label)
  return DOCUMENT_TYPES.find((t) => foldKey(t.label) === key)?.value ?? 'khac'
}

/**
 * A day without a time, stored at midday in Vietnam so it shows as the same calendar day in
 * any time zone an editor's browser might use.
 */
export function dayAt(isoDate: string | undefined): string | undefined {
  const day = isoDate?.match(/^\d{4}-\d{2}-\d{2}/)?.[0]
  return day ? `${day}T12:00:00+07:00` : undefined
}

export interface ArticleDocumentData {
  number?: string
  type?: DocumentType
  issuingBody?: string
  issuedAt?: string
  signer?: string
  signerCapacity?: string
  signerTitle?: string
  recipients: Array<{ name: string }>
}

export function toDocumentData(doc: DocumentFields): ArticleDocumentData {
  return {
    number: doc.docNumber,
    type: documentTypeValue(doc.docType),
    issuingBody: doc.issuingBody,
    issuedAt: dayAt(doc.issuedAt),
    signer: doc.signer,
    signerCapacity: doc.signerCapacity,
    signerTitle: doc.signerTitle,
    recipients: doc.recipients.filter((r) => r.trim()).map((name) => ({ name })),
  }
}

import { DOCUMENT_TYPES } from '@/collections/Articles/document-types'

export const documentTypeLabel = (value: string | null | undefined): string =>
  DOCUMENT_TYPES.find((t) => t.value === value)?.label ?? ''

export const isDocumentType = (value: string): boolean =>
  DOCUMENT_TYPES.some((t) => t.value === value)

export { DOCUMENT_TYPES }

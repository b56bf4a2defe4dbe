import type { DocumentType } from '@/collections/Articles/document-types'

export type DemoBodyPart =
  | string
  | { h2: string }
  | { photo: number; caption: string; credit?: string }
  | { interview: Array<{ speaker: string; role: 'question' | 'answer'; text: string }> }
  | { list: string[] }

export interface DemoArticle {
  title: string
  sapo: string
  kind: 'news' | 'interview' | 'document' | 'photo' | 'feature'
  category: string
  tags: string[]
  authors: string[]
  source?: string
  /** Days before the seed date, so the demo always looks current. */
  daysAgo: number
  featured?: boolean
  cover: number
  body: DemoBodyPart[]
  document?: {
    number: string
    type: DocumentType
    issuingBody: string
    signer: string
    signerCapacity: string
    signerTitle: string
    recipients: string[]
  }
}

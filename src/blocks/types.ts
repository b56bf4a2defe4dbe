// The body blocks as the site renders them: the generated interfaces, told apart by blockType.
import type {
  DocumentReferenceBlock,
  GalleryBlock,
  InterviewBlock,
  PhotoBlock,
} from '@/payload-types'

export type BodyBlock = PhotoBlock | GalleryBlock | InterviewBlock | DocumentReferenceBlock

const BODY_BLOCK_TYPES: ReadonlySet<string> = new Set<BodyBlock['blockType']>([
  'photo',
  'gallery',
  'interview',
  'documentReference',
])

/**
 * Lexical stores a block's fields as JSON that Payload validated against the block's config on
 * save, so a known blockType means the generated interface describes it.
 */
export function asBodyBlock(fields: unknown): BodyBlock | null {
  if (typeof fields !== 'object' || fields === null) return null
  const type = (fields as { blockType?: unknown }).blockType
  return typeof type === 'string' && BODY_BLOCK_TYPES.has(type) ? (fields as BodyBlock) : null
}

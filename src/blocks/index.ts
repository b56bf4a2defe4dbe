import { DocumentReferenceBlock } from './DocumentReference'
import { GalleryBlock } from './Gallery'
import { InterviewBlock } from './Interview'
import { PhotoBlock } from './Photo'

export const bodyBlocks = [PhotoBlock, GalleryBlock, InterviewBlock, DocumentReferenceBlock]

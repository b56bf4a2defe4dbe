import { DocumentReferenceBlock } from './DocumentReference/config'
import { GalleryBlock } from './Gallery/config'
import { InterviewBlock } from './Interview/config'
import { PhotoBlock } from './Photo/config'

export const bodyBlocks = [PhotoBlock, GalleryBlock, InterviewBlock, DocumentReferenceBlock]

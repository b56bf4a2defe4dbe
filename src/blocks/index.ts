import { documentReferenceBlock } from './DocumentReference/config'
import { galleryBlock } from './Gallery/config'
import { interviewBlock } from './Interview/config'
import { photoBlock } from './Photo/config'

export const bodyBlocks = [photoBlock, galleryBlock, interviewBlock, documentReferenceBlock]

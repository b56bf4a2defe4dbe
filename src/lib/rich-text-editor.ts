import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { bodyBlocks } from '@/blocks'

export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: bodyBlocks })],
})

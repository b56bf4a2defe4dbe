import { BlocksFeature, lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'

import { bodyBlocks } from '@/blocks'
import { INTERNAL_LINK_COLLECTIONS } from '@/site/lexical/internal-links'

export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    // Internal links only to what has a public page (site/lexical/internal-links.ts); by default
    // the drawer offered every collection (pages, leaders, comments, users…), rendered as 404s.
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: INTERNAL_LINK_COLLECTIONS }),
    BlocksFeature({ blocks: bodyBlocks }),
  ],
})

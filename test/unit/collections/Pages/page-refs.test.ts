import { describe, expect, it } from 'vitest'

import { pageRefs } from '@/collections/Pages/hooks/record-page-refs'
import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'

describe('pageRefs', () => {
  it('collects photos in text blocks, picked leaders, and whether a list shows every leader', () => {
    const content = lexicalDocument([
      paragraph('Giới thiệu'),
      block('photo', { media: 'm1' }),
      block('gallery', { images: [{ media: { id: 'm2' } }] }),
    ])
    expect(
      pageRefs([
        { blockType: 'richText', content },
        { blockType: 'leaderList', leaders: ['l1', { id: 'l2' }] },
        { blockType: 'contact' },
      ]),
    ).toEqual({ mediaRefs: ['m1', 'm2'], leaderRefs: ['l1', 'l2'], allLeaders: false })
    expect(pageRefs([{ blockType: 'leaderList', leaders: [] }]).allLeaders).toBe(true)
    expect(pageRefs(null)).toEqual({ mediaRefs: [], leaderRefs: [], allLeaders: false })
  })
})

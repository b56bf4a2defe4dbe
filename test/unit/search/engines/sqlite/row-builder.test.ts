// A rebuild's analysis in worker threads (row-builder.ts) must give the very statements the
// inline path gives, page after page and in order, whichever worker a page went to.
import { describe, expect, it } from 'vitest'

import { RowBuilder } from '@/search/engines/sqlite/row-builder'
import { insertStatements } from '@/search/engines/sqlite/rows'
import { NEXT } from '@/search/engines/sqlite/schema'

import { makeDistractors } from '../../../../../bench/search/distractors/generate'
import { FIXTURES } from '../../../../../bench/search/fixtures'

const { article } = makeDistractors({ seed: 3, count: 90 })
const docs = [...FIXTURES, ...Array.from({ length: 90 }, (_, i) => article(i))]
const pages = Array.from({ length: Math.ceil(docs.length / 25) }, (_, i) =>
  docs.slice(i * 25, i * 25 + 25),
)

describe('RowBuilder', () => {
  it('builds in two worker threads exactly what it builds inline', async () => {
    const builder = new RowBuilder(2)
    try {
      const built = await Promise.all(pages.map((page) => builder.build(page)))
      // Still two: a worker that failed to load or died would have dropped the count to 0.
      expect(builder.started).toBe(2)
      expect(built.flat()).toEqual(docs.map((doc) => insertStatements(NEXT, doc)))
    } finally {
      await builder.close()
    }
  })

  it('starts one worker for a single page and none when told so', async () => {
    const one = new RowBuilder(2)
    const zero = new RowBuilder(0)
    try {
      expect(await one.build(docs.slice(0, 3))).toEqual(
        docs.slice(0, 3).map((doc) => insertStatements(NEXT, doc)),
      )
      expect(one.started).toBe(1)
      expect(await zero.build(docs.slice(0, 3))).toEqual(
        docs.slice(0, 3).map((doc) => insertStatements(NEXT, doc)),
      )
      expect(zero.started).toBe(0)
    } finally {
      await one.close()
      await zero.close()
    }
  })
})

// A comment names its article by id in a hidden field. Production runs MongoDB, whose ids are
// 24-hex ObjectIds, not UUIDs: the route must look such an article up rather than answer 404.
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { feedbackTarget } from '@/feedback/targets'

function fakePayload(article: { id: string; slug: string; commentsClosed?: boolean } | null) {
  const calls: unknown[] = []
  const payload = {
    find: async (args: unknown) => {
      calls.push(args)
      return { docs: article ? [article] : [] }
    },
  } as unknown as Payload
  return { payload, calls }
}

describe('feedbackTarget', () => {
  for (const id of ['65f1c0ffee0123456789abcd', '3f2b8c1e-9a4d-4e6f-b1c2-7d8e9f0a1b2c']) {
    it(`finds a published article by an id like ${id}`, async () => {
      const { payload, calls } = fakePayload({ id, slug: 'bai-mot' })
      const target = await feedbackTarget(payload, 'comment', id)
      expect(calls).toHaveLength(1)
      expect(target).toEqual({
        path: '/bai-viet/bai-mot',
        anchor: 'y-kien',
        articleId: id,
        closed: false,
      })
    })
  }

  it('answers junk ids without a query', async () => {
    const { payload, calls } = fakePayload({ id: 'x', slug: 'bai-mot' })
    for (const bad of ['', 'abc', '1 OR 1=1', undefined, ['65f1c0ffee0123456789abcd']])
      expect(await feedbackTarget(payload, 'comment', bad)).toBeNull()
    expect(calls).toHaveLength(0)
  })
})

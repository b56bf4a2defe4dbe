// Each answered question has its own page, /hoi-dap/<id>, which the list, the sitemap and the
// site search link to. Production runs MongoDB, whose ids are 24-hex ObjectIds: such an id must
// reach the database, not be taken for junk (every answered question's page was a 404 there).
import { beforeEach, describe, expect, it, vi } from 'vitest'

const found = vi.hoisted(() => ({ calls: 0 }))

vi.mock('@/site/data/client', () => ({
  payloadClient: async () => ({
    find: async ({ where }: { where: { and: [{ id: { equals: string } }] } }) => {
      found.calls++
      const id = where.and[0].id.equals
      return {
        docs: [
          {
            id,
            name: 'Nguyễn Văn An',
            question: 'Thủ tục chuyển sinh hoạt đảng thế nào?',
            answer: 'Trả lời.',
            answeredBy: 'Văn phòng',
            answeredAt: '2026-11-30T03:00:00.000Z',
          },
        ],
      }
    },
  }),
}))

const { publishedQuestion } = await import('@/site/data/feedback')

describe('publishedQuestion', () => {
  beforeEach(() => {
    found.calls = 0
  })

  for (const id of ['65f1c0ffee0123456789abcd', '3f2b8c1e-9a4d-4e6f-b1c2-7d8e9f0a1b2c']) {
    it(`reads the question with the id ${id}`, async () => {
      expect((await publishedQuestion(id))?.id).toBe(id)
      expect(found.calls).toBe(1)
    })
  }

  it('answers a junk id without a query', async () => {
    expect(await publishedQuestion('not-an-id')).toBeNull()
    expect(found.calls).toBe(0)
  })
})

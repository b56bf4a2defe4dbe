// Under an article the approved comments show oldest first, at most 200 of them. With more than
// that, the 200 shown must be the newest: a comment an editor approves must appear (issue 12 §5),
// and the heading counts them all.
import { describe, expect, it, vi } from 'vitest'

type Row = { id: string; name: string; text: string; createdAt: string }

const rows: Row[] = Array.from({ length: 250 }, (_, i) => ({
  id: `c${i + 1}`,
  name: `Bạn đọc ${i + 1}`,
  text: `Ý kiến số ${i + 1}`,
  createdAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
}))

vi.mock('@/site/data/client', () => ({
  payloadClient: async () => ({
    // Sorts and pages like Payload: `sort` by createdAt, ascending or descending, then `limit`.
    find: async ({ sort, limit }: { sort: string; limit: number }) => {
      const desc = sort.startsWith('-')
      const sorted = [...rows].sort(
        (a, b) => (desc ? -1 : 1) * a.createdAt.localeCompare(b.createdAt),
      )
      return { docs: sorted.slice(0, limit), totalDocs: rows.length }
    },
  }),
}))

const { approvedComments } = await import('@/site/data/feedback')

describe('approvedComments', () => {
  it('shows the newest 200 of 250, oldest first, and counts all 250', async () => {
    const { comments, total } = await approvedComments('article-1')
    expect(total).toBe(250)
    expect(comments).toHaveLength(200)
    expect(comments[0]?.id).toBe('c51')
    expect(comments.at(-1)?.id).toBe('c250')
  })
})

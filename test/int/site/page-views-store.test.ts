/**
 * The counters' store on a real migrated SQLite database: two Payload instances (two libsql
 * clients, as two server processes would have) flush overlapping batches at the same time and
 * every increment arrives; the report queries sum what was written.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { topPages, totalViews, viewsPerDay } from '@/site/readership/queries'
import { writeViews } from '@/site/readership/store'
import { startFlusher, ViewTally } from '@/site/readership/tally'

import { bootPayload, type TestPayload } from '../../helpers/payload'

let first: TestPayload
let second: Payload

beforeAll(async () => {
  first = await bootPayload('views-store')
  const { default: config } = await import('@payload-config')
  second = await getPayload({ config, key: `views-store-second-${Date.now()}` })
})

afterAll(async () => {
  await second?.destroy()
  await first?.cleanup()
})

describe('page view store', () => {
  it('loses no increment when two flushers write the same rows at once', async () => {
    const payloads = [first.payload, second]
    const tallies = payloads.map(() => new ViewTally())
    const flushers = payloads.map((p, i) =>
      startFlusher(
        tallies[i] as ViewTally,
        (rows) => writeViews(p, rows),
        5,
        (e) => {
          throw e
        },
      ),
    )
    const PER = 3000
    for (let n = 0; n < PER; n++) {
      for (const tally of tallies) {
        tally.add('2026-11-28', `/bai-viet/bai-${n % 5}`, 'article', `bai-${n % 5}`)
        if (n % 3 === 0) tally.add('2026-11-29', '/chuyen-muc/tin-tuc', 'category', 'tin-tuc')
      }
      // Let timers fire between bursts, so many flushes of both overlap.
      if (n % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 2))
    }
    await Promise.all(flushers.map((f) => f.stop()))

    expect(await totalViews(first.payload, '2026-11-28')).toBe(2 * PER)
    expect(await totalViews(second, '2026-11-29')).toBe(2 * (PER / 3))
    expect(await totalViews(first.payload)).toBe(2 * PER + 2 * (PER / 3))
    const { totalDocs } = await first.payload.count({
      collection: 'page-views',
      overrideAccess: true,
    })
    expect(totalDocs).toBe(6)
  })

  it('sums per day and ranks pages of a period', async () => {
    await writeViews(first.payload, [
      { day: '2026-11-27', path: '/bai-viet/bai-1', kind: 'article', key: 'bai-1', views: 5000 },
      { day: '2026-11-27', path: '/', kind: 'home', key: '', views: 7 },
    ])
    expect(await viewsPerDay(first.payload, '2026-11-27', '2026-11-29')).toEqual([
      { day: '2026-11-27', views: 5007 },
      { day: '2026-11-28', views: 6000 },
      { day: '2026-11-29', views: 2000 },
    ])
    const top = await topPages(first.payload, 'article', '2026-11-27', '2026-11-28', 2)
    expect(top).toEqual([
      { path: '/bai-viet/bai-1', key: 'bai-1', views: 6200 },
      { path: '/bai-viet/bai-0', key: 'bai-0', views: 1200 },
    ])
    // Outside the period: only the 28th counts.
    expect(
      (await topPages(first.payload, 'article', '2026-11-28', '2026-11-28', 1))[0]?.views,
    ).toBe(1200)
    expect(await topPages(first.payload, 'category', '2026-11-01', '2026-11-28', 5)).toEqual([])
  })
})

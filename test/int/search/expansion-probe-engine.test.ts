// The expansion probes (expansion-probe.ts) seen from outside: every search through the engine,
// with its whole query flow (editors' synonyms, question words, relaxing, quoted phrases,
// document numbers, filters, date order, later pages), gives the same result with the probes as
// without them. The probe module is wrapped so one switch turns it into "keep every plan".
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SqliteFtsEngine } from '@/search/engines/sqlite/engine'
import type { PathEvent } from '@/search/engines/sqlite/impact'
import { LIVE } from '@/search/engines/sqlite/schema'
import type { SearchDocument, SearchQuery, SearchResult } from '@/search/types'

import { searchDoc } from '../../helpers/search-doc'

const probes = vi.hoisted(() => ({ on: true }))

vi.mock('@/search/engines/sqlite/expansion-probe', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/search/engines/sqlite/expansion-probe')>()
  return {
    ...real,
    withoutIdleExpansions: (...args: Parameters<typeof real.withoutIdleExpansions>) =>
      probes.on ? real.withoutIdleExpansions(...args) : Promise.resolve(args[2]),
  }
})

const dir = mkdtempSync(path.join(tmpdir(), 'expansion-probe-engine-'))

/** Abbreviations, their spelled-out forms, look-alike syllables, numbers, filters' fields. */
function docs(): SearchDocument[] {
  const texts: Array<[string, string, Partial<SearchDocument>?]> = [
    ['Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'Ban Chấp hành Đảng bộ tỉnh họp.'],
    ['BCH Đảng bộ xã sơ kết', 'BCH Đảng bộ xã sơ kết sáu tháng.', { kind: 'interview' }],
    ['Đảng ủy Khối các cơ quan tỉnh sơ kết', 'Đảng ủy Khối các cơ quan tỉnh sơ kết công tác.'],
    ['ĐUK CCQ triển khai nghị quyết', 'ĐUK CCQ triển khai Nghị quyết 12-NQ/ĐUK.'],
    ['ĐU phường họp bàn', 'ĐU phường họp bàn công tác xây dựng Đảng.'],
    ['Dự hội nghị sơ kết', 'Đoàn dự hội nghị sơ kết du lịch tỉnh.'],
    ['UBND tỉnh Quảng Trị ban hành kế hoạch', 'UBND tỉnh Quảng Trị ban hành KH số 5.'],
    ['Ủy ban nhân dân huyện tiếp dân', 'Ủy ban nhân dân huyện tiếp công dân định kỳ.'],
    ['HĐND tỉnh khai mạc kỳ họp', 'Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 8.'],
    ['Sáp nhập đơn vị hành chính cấp xã', 'Sáp nhập các xã theo nghị quyết.'],
    ['Hợp nhất hai sở', 'Hợp nhất Sở Kế hoạch và Sở Tài chính.', { kind: 'interview' }],
    ['Chuyển đổi số trong cơ quan Đảng', 'Đẩy mạnh chuyển đổi số, CĐS toàn diện.'],
    ['CĐS cấp xã', 'CĐS cấp xã gắn với cải cách hành chính, CCHC.'],
    ['Phó Bí thư Tỉnh ủy làm việc', 'PBT Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy.'],
    ['Quyết định về công tác cán bộ', 'QĐ số 7 về cán bộ, công chức, viên chức.'],
    ['Mặt trận Tổ quốc vận động', 'MTTQ vận động ủng hộ đồng bào.'],
    ['Thủ tục hành chính một cửa', 'Giải quyết TTHC một cửa liên thông.'],
    ['Thông tư hướng dẫn', 'TT hướng dẫn thi hành nghị định.'],
    // Found only through a clause's second spelling (ĐUK first, then ĐU with "khối").
    ['ĐU Khối tổng kết năm', 'ĐU Khối tổng kết công tác năm.'],
    // Found only through two abbreviations at once, each spelled the other way.
    ['Ủy ban nhân dân và Hội đồng nhân dân Gia Lai', 'Hội đồng nhân dân, Ủy ban nhân dân Gia Lai.'],
    ['KTXH quý ba', 'Tình hình KTXH quý ba.'],
    ['Sát nhập thôn bản', 'Sát nhập thôn bản, tổ dân phố.'],
  ]
  return texts.map(([title, body, extra], i) =>
    searchDoc(`d${i}`, {
      title,
      body,
      categories: [i % 2 === 0 ? 'thoi-su' : 'xay-dung-dang'],
      authors: [i % 3 === 0 ? 'Nguyễn Văn An' : 'Trần Thị Bình'],
      publishedAt: new Date(Date.UTC(2021 + (i % 4), i % 12, 1 + i)).toISOString(),
      ...(i === 3 ? { docNumber: '12-NQ/ĐUK', issuingBody: 'Đảng ủy Khối' } : {}),
      ...extra,
    }),
  )
}

const TEXTS = [
  'ban chấp hành',
  'ban chap hanh dang bo',
  'BCH Đảng bộ',
  'BCH tỉnh',
  'ban chấp hành xã sơ kết',
  'đảng ủy khối',
  'Đảng ủy khối các cơ quan',
  'ĐUK',
  'ĐU',
  'đảng ủy phường',
  'ĐU sơ kết',
  'dự hội nghị',
  'UBND tỉnh',
  'ủy ban nhân dân',
  'ủy ban nhân dân tỉnh Quảng Trị',
  'UBND huyện',
  'HĐND UBND tỉnh',
  'hội đồng nhân dân tỉnh kỳ họp',
  'sáp nhập xã',
  'hợp nhất',
  'chuyển đổi số',
  'CĐS cải cách hành chính',
  'CCHC',
  'phó bí thư tỉnh ủy',
  'PBT ban thường vụ',
  'quyết định cán bộ',
  'QĐ cán bộ công chức',
  'mặt trận tổ quốc',
  'thủ tục hành chính',
  'TT hướng dẫn',
  '"ban chấp hành" tỉnh',
  '"UBND" huyện',
  '12-NQ/ĐUK',
  'nghị quyết 12-NQ/ĐUK ĐUK',
  'làm thế nào để ban chấp hành đảng bộ zyxqw họp',
  'ủy ban nhân dân huyện tiếp dân zyxqw ở đâu',
  'tại sao UBND tỉnh ban hành kế hoạch',
  'ban chấp hành đảng bộ xã tỉnh huyện phường',
  'quang tri UBND',
  'UBND ban hanh',
  'đảng ủy khối tổng kết',
  'UBND HĐND Gia Lai',
  'kinh tế xã hội quý ba',
  'hợp nhất sở',
  'hợp nhất thôn',
  // Past MAX_MATCH_TERMS, typed without an input method, misspelled.
  'UBND tỉnh Quảng Trị ban hành kế hoạch số năm về chuyển đổi số cải cách hành chính cấp xã phường thị trấn huyện',
  'ban chaaps hanhf đảng bộ',
  'ban chấp hành đảng bộ tỉnhh',
]

const VARIANTS: Array<Omit<SearchQuery, 'q'>> = [
  {},
  { sort: 'date' },
  { page: 2, limit: 2 },
  { kind: 'interview' },
  { category: 'thoi-su' },
  { author: 'Nguyễn Văn An' },
  { from: '2022-01-01', to: '2023-12-31' },
]

const SYNONYMS = {
  synonyms: [
    ['sáp nhập', 'hợp nhất', 'sát nhập'],
    ['BCH', 'ban chỉ huy'],
  ],
}

/**
 * The result without its timing and without `rankedByImpact`, which says how the page was found:
 * with the expansions left out the impact path has fewer expressions to bound, so it proves some
 * pages that the full plan leaves to the exact statement (the same page either way).
 */
function comparable(r: SearchResult): Omit<SearchResult, 'tookMs' | 'rankedByImpact'> {
  const { tookMs: _, rankedByImpact: __, ...rest } = r
  return rest
}

interface Setup {
  name: string
  engine: SqliteFtsEngine
  events: PathEvent[]
  /** The paths (plan.ts) its searches must take, so each is compared. */
  paths: string[]
}

const setups: Setup[] = []

/**
 * An engine on an index of `docs()`, the later ones written after rowid `gap`. The sample, and so
 * every path of plan.ts but the smallest, needs a rowid range wider than 8,000 (sample.ts); a row
 * written at `gap` and removed again leaves the later documents past it. With a zero bm25 budget,
 * relevance goes to the impact path; a range of 20,000,000 makes the sample scale one match in
 * its first window past EXACT_LIMIT (estimated totals, date order by newest.ts).
 */
async function open(name: string, gap: number, paths: string[]): Promise<Setup> {
  const large = gap > 0
  const url = `file:${path.join(dir, `${name}.db`)}`
  const events: PathEvent[] = []
  const engine = new SqliteFtsEngine(url, {
    resultCache: false,
    trace: (e) => events.push(e),
    ...(large ? { bm25Budget: 0 } : {}),
  })
  await engine.init()
  const all = docs()
  if (!large) await engine.upsert(all)
  else {
    await engine.upsert(all.slice(0, 12))
    const client = createClient({ url })
    await client.execute({
      sql: `INSERT INTO ${LIVE.docs} (rid, id, slug, url, published_iso, tags, authors, categories,
        title, sapo, extra, body) VALUES (?, 'gap', '', '', '', '', '', '', '', '', '', '')`,
      args: [gap],
    })
    client.close()
    await engine.upsert(all.slice(12))
    await engine.remove(['gap'])
  }
  return { name, engine, events, paths }
}

async function both(
  engine: SqliteFtsEngine,
  q: SearchQuery,
): Promise<[SearchResult, SearchResult]> {
  probes.on = false
  const full = await engine.search(q)
  probes.on = true
  const probed = await engine.search(q)
  return [full, probed]
}

beforeAll(async () => {
  setups.push(
    await open('small', 0, ['small']),
    await open('large', 9000, ['budget', 'impact', 'fallback']),
    await open('huge', 20_000_000, ['impact', 'newest']),
  )
  // Scores carry a recency factor of the statement's clock: one instant for every comparison.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-01-01T00:00:00Z') })
}, 60_000)

afterAll(async () => {
  vi.useRealTimers()
  for (const s of setups) await s.engine.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('searches with the expansion probes', () => {
  for (const index of ['small', 'large', 'huge']) {
    for (const [name, settings] of [
      ['built-in abbreviations', {}],
      ["editors' synonyms", SYNONYMS],
    ] as const) {
      it(`give the same result as without them (${index} index, ${name})`, async () => {
        const s = setups.find((x) => x.name === index)
        if (!s) throw new Error(index)
        await s.engine.setSettings({ synonyms: [], ...settings })
        let idle = 0
        let found = 0
        const paths = new Set<string>()
        for (const q of TEXTS) {
          for (const v of VARIANTS) {
            s.events.length = 0
            const [full, probed] = await both(s.engine, { q, ...v })
            expect(comparable(probed), `${q} ${JSON.stringify(v)}`).toEqual(comparable(full))
            const pruned = s.events.some((e) => e.kind === 'expansions-idle')
            if (pruned) idle++
            if (probed.hits.length > 0) found++
            // The path each pruned search took with its pruned plan.
            for (const e of s.events) if (pruned && e.kind === 'path') paths.add(e.path)
          }
        }
        // Both outcomes of the probes are compared, most searches find something, and pruned
        // plans went down every path this index is set up for.
        expect(idle).toBeGreaterThan(10)
        expect(found).toBeGreaterThan(TEXTS.length * 2)
        expect([...paths]).toEqual(expect.arrayContaining(s.paths))
      })
    }
  }
})

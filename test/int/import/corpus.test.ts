// Imports the shared scraped samples (never copied into the repo) into a temp database. Samples
// are picked by their content, so renamed or re-numbered files get the right expectations.
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPaths, type ImportReport } from '@/import/run'
import type { Article, Author } from '@/payload-types'

import { blocks } from '../../helpers/import-run'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { CORPUS_ABSENT, skipReason } from '../../helpers/skip-reason'

const dir = path.resolve(process.cwd(), '../shared/corpus')
const absent = !fs.existsSync(dir)

describe.skipIf(absent)('cms import over the shared corpus', skipReason(CORPUS_ABSENT), () => {
  let t: TestPayload
  let report: ImportReport

  beforeAll(async () => {
    t = await bootPayload('import-corpus')
    report = await importPaths(t.payload, [dir])
  })

  afterAll(async () => {
    await t?.cleanup()
  })

  const pick = async (marker: string): Promise<Article> => {
    const file = report.files.find((f) => fs.readFileSync(f.path, 'utf8').includes(marker))
    if (!file?.id) throw new Error(`no imported sample contains ${marker}`)
    return t.payload.findByID({
      collection: 'articles',
      id: file.id,
      depth: 1,
      overrideAccess: true,
    })
  }
  const bylines = (a: Article) =>
    (a.authors ?? []).map((x) => x as Author).map((x) => [x.name, x.unit ?? undefined])
  const credits = (a: Article) => blocks(a, 'photo').map((p) => [p.caption, p.credit || undefined])

  it('creates five articles, one per sample', async () => {
    const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))
    expect(report.summary).toMatchObject({
      total: samples.length,
      created: samples.length,
      failed: 0,
    })
    expect(
      (await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs,
    ).toBe(5)
  })

  it('Nghệ An conference: news, 19/7 14:00, nine photos credited Thanh Lê', async () => {
    const a = await pick('Chiều 19/7')
    expect(a.kind).toBe('news')
    expect(a.publishedAt).toBe('2024-07-19T07:00:00.000Z')
    expect(credits(a)).toHaveLength(9)
    expect(credits(a)[0]).toEqual(['Các đại biểu tham dự hội nghị', 'Thanh Lê'])
    expect(credits(a).every(([, credit]) => credit === 'Thanh Lê')).toBe(true)
  })

  it('Quảng Ninh: dateline date and the Minh Yến byline', async () => {
    const a = await pick('Minh Yến')
    expect(a.kind).toBe('news')
    expect(a.publishedAt).toBe('2021-09-29T00:55:42.000Z')
    expect(bylines(a)).toEqual([['Minh Yến', undefined]])
  })

  it('Kết luận: a document with signer, capacity and recipients', async () => {
    const a = await pick('T/M BAN CHẤP HÀNH')
    expect(a.kind).toBe('document')
    expect(a.publishedAt).toBe('2024-07-09T17:00:00.000Z')
    expect(a.document).toMatchObject({
      type: 'ket_luan',
      signer: 'Hoàng Thanh Hải',
      signerCapacity: 'T/M BAN CHẤP HÀNH',
    })
    expect(a.document?.recipients?.map((r) => r.name)).toEqual([
      'Thường trực ĐUK',
      'Các đ/c Đảng ủy viên',
      'Các đ/c UVUBKT Đảng ủy',
      'Các Ban, VP Đảng ủy',
      'Các TCCSĐ trực thuộc',
      'Các Đoàn thể Khối',
      'Lưu Văn phòng ĐUK',
    ])
  })

  it('Lạng Sơn: dashed date, byline with unit, uncredited captions', async () => {
    const a = await pick('Vũ Thị phương Nga')
    expect(a.publishedAt).toBe('2023-07-13T06:45:00.000Z')
    expect(bylines(a)).toEqual([
      ['Vũ Thị Phương Nga', 'Văn phòng Đảng ủy Khối các cơ quan tỉnh Lạng Sơn'],
    ])
    expect(credits(a)).toHaveLength(3)
    expect(credits(a).every(([, credit]) => credit === undefined)).toBe(true)
  })

  it('Nghệ An interview: P.V questions, the comrade answers, credited last photo, dated now', async () => {
    const a = await pick('P.V: Xin cảm ơn')
    expect(a.kind).toBe('interview')
    const turns = blocks(a, 'interview').flatMap(
      (b) => b.turns as Array<{ speaker: string; role: string }>,
    )
    const questions = turns.filter((x) => x.role === 'question')
    expect(questions.length).toBeGreaterThan(0)
    expect(questions.map((x) => x.speaker)).toEqual(questions.map(() => 'P.V'))
    expect(new Set(turns.filter((x) => x.role === 'answer').map((x) => x.speaker))).toEqual(
      new Set(['Đồng chí Nguyễn Nam Đình']),
    )
    expect(turns.filter((x) => x.role === 'question')).toHaveLength(4)
    expect(credits(a)).toHaveLength(8)
    expect(credits(a).at(-1)).toEqual(['Một góc thành phố Vinh', 'T.D'])
    // The sample has no date of its own: imported as of now, with a warning.
    expect(Date.now() - Date.parse(a.publishedAt ?? '')).toBeLessThan(10 * 60_000)
    const file = report.files.find((f) => f.id === a.id)
    expect(file?.warnings.join('\n')).toMatch(/no date in the source/)
  })

  it('running it again changes nothing', async () => {
    const again = await importPaths(t.payload, [dir])
    expect(again.summary).toMatchObject({ unchanged: 5, created: 0, updated: 0, failed: 0 })
    expect(
      (await t.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs,
    ).toBe(5)
    expect((await t.payload.count({ collection: 'authors', overrideAccess: true })).totalDocs).toBe(
      2,
    )
  })
})

/**
 * Royalties (issue 11 §4) on a real Payload over real HTTP: a piece goes from a reporter through
 * an editor (lines filled from the byline and the photo credits, photographers' author records
 * made from the credit) to an approver; more articles are seeded around the Vietnam month's
 * edges; the November report must give the figures worked out by hand below, through the Local
 * API, the REST endpoint (JSON, CSV parsed back, XLSX read back with exceljs) and the admin's
 * rules on who sees what.
 *
 * Hand computation for November 2026, one point = 40 000 đồng:
 *   A "Hội nghị tổng kết" (tin, 30/11 23:30 in Hà Nội):
 *     Minh Yến   viết 12 điểm        480 000   (default 10, raised by the editor)
 *     Thu Hà     ảnh   4 điểm        160 000   (2 photos × 2)
 *     Thu Hạ     ảnh   2 điểm         80 000   (1 photo × 2; a new author, not Thu Hà)
 *     Văn Nam    dịch  200 000 đồng  200 000   (added after publication, as a draft)
 *   B "Bài chuyên đề" (bài, 01/11 00:00 in Hà Nội):
 *     Văn Nam    viết 20 điểm        800 000
 *     Minh Yến   biên tập 150 000 đ  150 000
 *   Not counted: C (31/10 23:59:59 in Hà Nội), D (01/12 00:00), E (never published).
 * Per person: Minh Yến 630 000 (12 điểm + 150 000), Thu Hà 160 000, Thu Hạ 80 000,
 *   Văn Nam 1 000 000 (20 điểm + 200 000).
 * Per unit: Ban Tuyên giáo 790 000 (2 người), Văn phòng Đảng ủy 1 000 000, Chưa ghi đơn vị 80 000.
 * Total: 6 lines, 2 articles, 38 điểm, 350 000 fixed, 1 870 000 đồng.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Author, User } from '@/payload-types'
import type { RoyaltyReport } from '@/royalties/compute'
import { loadRoyaltyReport } from '@/royalties/load-report'

import { type ApiServer, startApiServer } from '../../helpers/api-server'
import { jsonCall, loginToken } from '../../helpers/http'
import { bootPayload, type TestPayload } from '../../helpers/payload'
import { skipReason } from '../../helpers/skip-reason'
import { createUser, passwordFor, type TestRole } from '../../helpers/users'
import { author, bodyWith, photo, publishedWith } from './fixtures'

let t: TestPayload
let api: ApiServer
const users = {} as Record<TestRole, User>
const tokens = {} as Record<TestRole, string>
const people = {} as Record<'minhYen' | 'vanNam' | 'thuHa', Author>
let pieceA: Article

const call = (who: TestRole | 'anon', method: string, route: string, body?: unknown) =>
  jsonCall(api.url, who === 'anon' ? undefined : tokens[who], method, route, body)

async function raw(who: TestRole | 'anon', route: string) {
  const headers: Record<string, string> = {}
  if (who !== 'anon') headers.authorization = `JWT ${tokens[who]}`
  const res = await fetch(`${api.url}${route}`, { headers })
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  }
}

const stored = (id: string, draft = false) =>
  t.payload.findByID({ collection: 'articles', id, draft, depth: 0, overrideAccess: true })

const nameOf = async (id: unknown) =>
  (await t.payload.findByID({ collection: 'authors', id: String(id), overrideAccess: true })).name

beforeAll(async () => {
  t = await bootPayload('royalties')
  const { default: config } = await import('@payload-config')
  api = await startApiServer(config)
  for (const role of ['admin', 'approver', 'editor', 'reporter'] as const) {
    users[role] = await createUser(t.payload, role)
    tokens[role] = await loginToken(api.url, users[role].email, passwordFor(role))
  }
  people.minhYen = await author(t.payload, 'Minh Yến', 'Ban Tuyên giáo')
  // Unit typed with stray spaces: the same unit in the report.
  people.thuHa = await author(t.payload, 'Thu Hà', '  Ban  Tuyên giáo')
  people.vanNam = await author(t.payload, 'Văn Nam', 'Văn phòng Đảng ủy')
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('royalty lines through the editorial flow', () => {
  it('are not the reporter’s: sent lines are dropped and none are shown', async () => {
    const photos = [
      await photo(t.payload, 'Thu Hà'),
      await photo(t.payload, ' Thu  Hà '),
      await photo(t.payload, 'Thu Hạ'),
    ]
    const created = await call('reporter', 'POST', '/api/articles', {
      title: 'Hội nghị tổng kết',
      kind: 'news',
      authors: [people.minhYen.id],
      body: bodyWith(photos.map((p) => p.id)),
      royalties: [{ person: people.minhYen.id, role: 'writing', amount: 99_000_000 }],
      fillRoyalties: true,
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const doc = created.json.doc as Article
    expect(doc).not.toHaveProperty('royalties')
    expect((await stored(doc.id, true)).royalties ?? []).toEqual([])
    const moved = await call('reporter', 'PATCH', `/api/articles/${doc.id}?draft=true`, {
      stage: 'editing',
      royalties: [{ person: people.minhYen.id, role: 'writing', amount: 1 }],
    })
    expect(moved.status, JSON.stringify(moved.json)).toBe(200)
    expect((await stored(doc.id, true)).royalties ?? []).toEqual([])
    pieceA = doc
  })

  it('are filled from the byline and photo credits when the editor forwards the piece', async () => {
    const res = await call('editor', 'PATCH', `/api/articles/${pieceA.id}?draft=true`, {
      stage: 'approval',
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const lines = (await stored(pieceA.id, true)).royalties ?? []
    const shown = await Promise.all(
      lines.map(async (l) => `${await nameOf(l.person)}|${l.role}|${l.points}|${l.note ?? ''}`),
    )
    expect(shown).toEqual(['Minh Yến|writing|10|', 'Thu Hà|photo|4|2 ảnh', 'Thu Hạ|photo|2|1 ảnh'])
    // The credit "Thu Hà" found the existing record; "Thu Hạ" got a record of her own.
    expect(String(lines[1]?.person)).toBe(people.thuHa.id)
    const thuHa = await t.payload.find({
      collection: 'authors',
      where: { name: { in: ['Thu Hà', 'Thu Hạ'] } },
      overrideAccess: true,
    })
    expect(thuHa.docs.map((d) => d.name).sort()).toEqual(['Thu Hà', 'Thu Hạ'])
    expect(new Set(thuHa.docs.map((d) => d.slug)).size).toBe(2)
  })

  it('are adjusted by the editor, and the change is in the audit log with names', async () => {
    const lines = (await stored(pieceA.id, true)).royalties ?? []
    const res = await call('editor', 'PATCH', `/api/articles/${pieceA.id}?draft=true`, {
      royalties: lines.map((l, i) => ({ ...l, points: i === 0 ? 12 : l.points })),
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const { docs } = await t.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'royalty-change' }, documentId: { equals: pieceA.id } },
      sort: '-at',
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(2)
    expect(docs[0]?.actor).toBe(users.editor.id)
    expect(docs[0]?.summary).toContain('Minh Yến · Viết · 10 điểm')
    expect(docs[0]?.summary).toContain('Minh Yến · Viết · 12 điểm')
  })

  it('are refused when a line has both points and an amount, on publication', async () => {
    const lines = (await stored(pieceA.id, true)).royalties ?? []
    const res = await call('approver', 'PATCH', `/api/articles/${pieceA.id}`, {
      _status: 'published',
      royalties: [...lines, { person: people.vanNam.id, role: 'writing', points: 1, amount: 1 }],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('không nhập cả hai')
  })

  it('count once published; a later adjustment saved as a draft counts too', async () => {
    const published = await call('approver', 'PATCH', `/api/articles/${pieceA.id}`, {
      _status: 'published',
      // 23:30 on 30 November in Hà Nội.
      publishedAt: '2026-11-30T16:30:00.000Z',
    })
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    const lines = (await stored(pieceA.id, true)).royalties ?? []
    const added = await call('editor', 'PATCH', `/api/articles/${pieceA.id}?draft=true`, {
      royalties: [
        ...lines,
        { person: people.vanNam.id, role: 'translation', amount: 200_000, note: 'Dịch phát biểu' },
      ],
    })
    expect(added.status, JSON.stringify(added.json)).toBe(200)
    expect((await stored(pieceA.id)).royalties).toHaveLength(3)
    expect((await stored(pieceA.id, true)).royalties).toHaveLength(4)
  })

  it('fill on request without touching the lines already there', async () => {
    const doc = await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Phỏng vấn hai tác giả',
        kind: 'interview',
        authors: [people.vanNam.id, people.minhYen.id],
        royalties: [{ person: people.vanNam.id, role: 'writing', amount: 1_000_000 }],
      },
      draft: true,
      overrideAccess: true,
    })
    const filled = await t.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { fillRoyalties: true },
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    expect(filled.royalties?.map((l) => [l.role, l.amount ?? null, l.points ?? null])).toEqual([
      ['writing', 1_000_000, null],
      ['writing', null, 7.5],
    ])
    expect(filled).not.toHaveProperty('fillRoyalties', true)
  })
})

describe('the November report', () => {
  let report: RoyaltyReport

  beforeAll(async () => {
    const settings = await call('admin', 'POST', '/api/globals/royalty-settings', {
      pointValue: 40_000,
    })
    expect(settings.status, JSON.stringify(settings.json)).toBe(200)
    const p = people
    await publishedWith(t.payload, 'Bài chuyên đề', 'feature', '2026-10-31T17:00:00.000Z', [
      { person: p.vanNam.id, role: 'writing', points: 20 },
      { person: p.minhYen.id, role: 'editing', amount: 150_000 },
    ])
    await publishedWith(t.payload, 'Tin cuối tháng Mười', 'news', '2026-10-31T16:59:59.000Z', [
      { person: p.minhYen.id, role: 'writing', points: 100 },
    ])
    await publishedWith(t.payload, 'Tin đầu tháng Mười Hai', 'news', '2026-11-30T17:00:00.000Z', [
      { person: p.thuHa.id, role: 'photo', points: 50 },
    ])
    await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Bản nháp chưa đăng',
        kind: 'news',
        publishedAt: '2026-11-10T03:00:00.000Z',
        royalties: [{ person: p.vanNam.id, role: 'writing', points: 70 }],
      },
      draft: true,
      overrideAccess: true,
    })
    report = await loadRoyaltyReport(t.payload, '2026-11')
  })

  it('totals each person as computed by hand', () => {
    const rows = report.people.map((r) => [r.name, r.unit, r.articles, r.points, r.fixed, r.total])
    expect(rows).toEqual([
      ['Minh Yến', 'Ban Tuyên giáo', 2, 12, 150_000, 630_000],
      ['Thu Hà', 'Ban Tuyên giáo', 1, 4, 0, 160_000],
      ['Thu Hạ', 'Chưa ghi đơn vị', 1, 2, 0, 80_000],
      ['Văn Nam', 'Văn phòng Đảng ủy', 2, 20, 200_000, 1_000_000],
    ])
  })

  it('totals each unit and the month as computed by hand', () => {
    expect(report.units.map((u) => [u.unit, u.people, u.total])).toEqual([
      ['Ban Tuyên giáo', 2, 790_000],
      ['Chưa ghi đơn vị', 1, 80_000],
      ['Văn phòng Đảng ủy', 1, 1_000_000],
    ])
    expect(report.totals).toEqual({
      lines: 6,
      articles: 2,
      points: 38,
      fixed: 350_000,
      total: 1_870_000,
    })
    expect(report.pointValue).toBe(40_000)
  })

  it('puts the articles either side of the boundaries in October and December', async () => {
    const october = await loadRoyaltyReport(t.payload, '2026-10')
    expect(october.lines.map((l) => l.articleTitle)).toEqual(['Tin cuối tháng Mười'])
    expect(october.totals.total).toBe(4_000_000)
    const december = await loadRoyaltyReport(t.payload, '2026-12')
    expect(december.lines.map((l) => l.articleTitle)).toEqual(['Tin đầu tháng Mười Hai'])
  })

  it('is served as JSON to editors, approvers and admins only', async () => {
    for (const who of ['editor', 'approver', 'admin'] as const) {
      const res = await call(who, 'GET', '/api/royalties/report?month=2026-11')
      expect(res.status).toBe(200)
      expect((res.json as unknown as RoyaltyReport).totals.total).toBe(1_870_000)
    }
    const reporter = await call('reporter', 'GET', '/api/royalties/report?month=2026-11')
    expect(reporter.status).toBe(403)
    expect(JSON.stringify(reporter.json)).not.toContain('Minh Yến')
    expect((await call('anon', 'GET', '/api/royalties/report?month=2026-11')).status).toBe(401)
    const bad = await call('editor', 'GET', '/api/royalties/report?month=2026-13')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('Tháng không hợp lệ')
  })

  it('holds only its categories’ articles for an editor limited to categories', async () => {
    const category = await t.payload.create({
      collection: 'categories',
      data: { title: 'Chuyên mục nhuận bút riêng' },
      overrideAccess: true,
    })
    const scoped = await createUser(t.payload, 'editor', '-royalty-scope', {
      categories: [category.id],
    })
    const asScoped = await createLocalReq({ user: { ...scoped, collection: 'users' } }, t.payload)
    expect((await loadRoyaltyReport(t.payload, '2026-11', asScoped)).totals.total).toBe(0)
    const own = await t.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài trong chuyên mục riêng',
        kind: 'news',
        categories: [category.id],
        publishedAt: '2026-11-15T03:00:00.000Z',
        royalties: [{ person: people.thuHa.id, role: 'writing', amount: 90_000 }],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const scopedReport = await loadRoyaltyReport(t.payload, '2026-11', asScoped)
    expect(scopedReport.lines.map((l) => l.articleTitle)).toEqual([own.title])
    expect(scopedReport.totals.total).toBe(90_000)
    await t.payload.delete({ collection: 'articles', id: own.id, overrideAccess: true })
  })

  it('comes as a CSV with a BOM that parses back to the same figures', async () => {
    const res = await raw('editor', '/api/royalties/report?month=2026-11&format=csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes)
    const rows = parse(text, { bom: true, relax_column_count: true }) as string[][]
    const at = (title: string) => rows.findIndex((r) => r[0] === title)
    const people = at('Nhuận bút tháng 11/2026 theo người')
    expect(rows[people + 1]?.[1]).toBe('Người hưởng')
    expect(rows.slice(people + 2, people + 7)).toEqual([
      ['1', 'Minh Yến', 'Ban Tuyên giáo', '2', '2', '12', '480000', '150000', '630000'],
      ['2', 'Thu Hà', 'Ban Tuyên giáo', '1', '1', '4', '160000', '0', '160000'],
      ['3', 'Thu Hạ', 'Chưa ghi đơn vị', '1', '1', '2', '80000', '0', '80000'],
      ['4', 'Văn Nam', 'Văn phòng Đảng ủy', '2', '2', '20', '800000', '200000', '1000000'],
      ['', 'Tổng cộng', '', '2', '6', '38', '1520000', '350000', '1870000'],
    ])
    const units = at('Nhuận bút tháng 11/2026 theo đơn vị')
    expect(rows[units + 2]?.slice(1, 3)).toEqual(['Ban Tuyên giáo', '2'])
    expect(rows[units + 5]?.at(-1)).toBe('1870000')
    const lines = at('Chi tiết nhuận bút tháng 11/2026')
    expect(rows.slice(lines + 2).some((r) => r.includes('Dịch phát biểu'))).toBe(true)
    expect(rows.slice(lines + 2).some((r) => r[0] === '30/11/2026 23:30')).toBe(true)
  })

  it('comes as an XLSX that exceljs reads back: Vietnamese text, numbers, formats, totals', async () => {
    const res = await raw('approver', '/api/royalties/report?month=2026-11&format=xlsx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('nhuan-but-2026-11.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.bytes.buffer as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Theo người',
      'Theo đơn vị',
      'Chi tiết',
    ])
    const sheet = workbook.getWorksheet('Theo người')!
    expect(sheet.getCell('A1').value).toBe('Nhuận bút tháng 11/2026 theo người')
    expect(sheet.getRow(2).values).toContain('Tổng cộng (đồng)')
    expect(sheet.getCell('B3').value).toBe('Minh Yến')
    expect(sheet.getCell('C5').value).toBe('Chưa ghi đơn vị')
    expect(sheet.getCell('I3').value).toBe(630_000)
    expect(sheet.getCell('I3').numFmt).toBe('#,##0')
    expect(sheet.getCell('F3').numFmt).toBe('#,##0.##')
    expect(sheet.getCell('B7').value).toBe('Tổng cộng')
    expect(sheet.getCell('I7').value).toBe(1_870_000)
    expect(sheet.getRow(7).font?.bold).toBe(true)
    const units = workbook.getWorksheet('Theo đơn vị')!
    expect(units.getCell('B5').value).toBe('Văn phòng Đảng ủy')
    expect(units.getCell('I5').value).toBe(1_000_000)
  })
})

/** Debian's LibreOffice, when installed: `libreoffice` or `soffice` on the PATH. */
const office = ['libreoffice', 'soffice'].find(
  (bin) => spawnSync('which', [bin], { encoding: 'utf8' }).status === 0,
)

describe.skipIf(!office)(
  'the XLSX opened by LibreOffice',
  skipReason('runs when libreoffice or soffice is installed (Debian package libreoffice-calc)'),
  () => {
    it('converts headless to CSV with Vietnamese text and the numbers intact', async () => {
      const res = await raw('editor', '/api/royalties/report?month=2026-11&format=xlsx')
      const dir = fs.mkdtempSync(path.join(t.dir, 'office-'))
      const file = path.join(dir, 'nhuan-but.xlsx')
      fs.writeFileSync(file, res.bytes)
      // Filter options 44,34,76: comma, double quote, UTF-8. Only the first sheet is converted.
      const converted = spawnSync(
        office as string,
        [
          '--headless',
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          file,
        ],
        { encoding: 'utf8', timeout: 180_000 },
      )
      expect(converted.status, converted.stderr).toBe(0)
      const rows = parse(fs.readFileSync(path.join(dir, 'nhuan-but.csv'), 'utf8'), {
        bom: true,
        relax_column_count: true,
      }) as string[][]
      expect(rows[0]?.[0]).toBe('Nhuận bút tháng 11/2026 theo người')
      const minh = rows.find((r) => r[1] === 'Minh Yến')
      expect(minh?.[2]).toBe('Ban Tuyên giáo')
      // Formatted with the thousands format: 630,000 or 630.000 depending on the locale.
      expect(minh?.[8]).toMatch(/^630[.,\u00a0 ]?000$/)
      const total = rows.find((r) => r[1] === 'Tổng cộng')
      expect(total?.[8]).toMatch(/^1[.,\u00a0 ]?870[.,\u00a0 ]?000$/)
      expect(rows.some((r) => r[2] === 'Chưa ghi đơn vị' && r[1] === 'Thu Hạ')).toBe(true)
    })
  },
)

describe('cms royalties', () => {
  const cms = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', 'src/cli/index.ts', 'royalties', ...args],
      { env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 180_000 },
    )

  it('refuses a bad month with a Vietnamese message and exit code 2', () => {
    const res = cms('--month', '2026-13')
    expect(res.status).toBe(2)
    expect(res.stderr).toContain('Tháng không hợp lệ')
  })

  it('prints the report as JSON and writes the XLSX the endpoint serves', async () => {
    const json = cms('--month', '2026-11', '--json')
    expect(json.status, json.stderr).toBe(0)
    const report = JSON.parse(json.stdout) as RoyaltyReport
    expect(report.totals.total).toBe(1_870_000)
    expect(report.people.map((p) => p.name)).toEqual(['Minh Yến', 'Thu Hà', 'Thu Hạ', 'Văn Nam'])
    const out = path.join(t.dir, 'bao-cao', 'nhuan-but.xlsx')
    const xlsx = cms('--month', '2026-11', '--xlsx', '--out', out)
    expect(xlsx.status, xlsx.stderr).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    expect(workbook.getWorksheet('Theo đơn vị')!.getCell('B3').value).toBe('Ban Tuyên giáo')
    expect(workbook.getWorksheet('Theo đơn vị')!.getCell('I6').value).toBe(1_870_000)
    expect(fs.statSync(out).size).toBeGreaterThan(1000)
  })
})

describe('payees', () => {
  it('cannot be deleted while a royalty line pays them; merge-authors moves their lines', async () => {
    const { mergeRecords } = await import('@/cli/merge/merge-records')
    const twin = await author(t.payload, 'Văn  Nam (trùng)', 'Văn phòng Đảng ủy')
    const doc = await publishedWith(
      t.payload,
      'Tin có người trùng',
      'news',
      '2026-09-10T03:00:00Z',
      [{ person: twin.id, role: 'writing', points: 3 }],
    )
    const refused = await call('editor', 'DELETE', `/api/authors/${twin.id}`)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain('dòng nhuận bút')
    await mergeRecords(t.payload, 'authors', twin.id, people.vanNam.id)
    expect((await stored(doc.id)).royalties?.map((l) => String(l.person))).toEqual([
      people.vanNam.id,
    ])
    const september = await loadRoyaltyReport(t.payload, '2026-09')
    expect(september.people.map((p) => [p.name, p.points])).toEqual([['Văn Nam', 3]])
    expect(september.totals.total).toBe(3 * september.pointValue)
  })
})

import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPaths, type ImportReport, ImportUsageError } from '@/import/run'

import {
  allArticles,
  blocks,
  byTitle,
  count,
  nodes,
  prepareFixtures,
} from '../../helpers/import-run'
import { bootPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload
let src = ''
let first: ImportReport

const statusOf = (report: ImportReport, name: string) =>
  report.files.find((f) => f.path.endsWith(name))?.status

beforeAll(async () => {
  t = await bootPayload('import-run')
  src = await prepareFixtures(path.join(t.dir, 'nguon'))
  await t.payload.create({
    collection: 'categories',
    data: { title: 'Xây dựng Đảng' },
    overrideAccess: true,
  })
  await t.payload.create({
    collection: 'categories',
    data: { title: 'Văn bản' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('cms import (importPaths) over the fixtures', () => {
  it('dry run reports what would happen and writes nothing', async () => {
    const report = await importPaths(t.payload, [src], { dryRun: true })
    expect(report.dryRun).toBe(true)
    // The pictures next to the page are not articles: skipped, each with its line.
    expect(report.summary).toMatchObject({ created: 4, failed: 2, skipped: 4, total: 10 })
    const news = report.files.find((f) => f.path.endsWith('tin-hoi-nghi.txt'))
    expect(news?.article?.photos.map((p) => p.credit)).toEqual(['Ngọc Anh', 'Ngọc Anh', 'Đức Toàn'])
    expect(await count(t.payload, 'articles')).toBe(0)
    expect(await count(t.payload, 'media')).toBe(0)
    expect(await count(t.payload, 'authors')).toBe(0)
  })

  it('imports every good file, reports the broken ones and goes on', async () => {
    const progress: number[] = []
    first = await importPaths(t.payload, [src], {}, (p) => progress.push(p.done))
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(first.summary).toMatchObject({ created: 4, failed: 2, skipped: 4, unchanged: 0 })
    expect(statusOf(first, 'rong.txt')).toBe('failed')
    expect(first.files.find((f) => f.path.endsWith('rong.txt'))?.reason).toBe('Tệp rỗng')
    expect(statusOf(first, 'hong.html')).toBe('failed')
    expect(statusOf(first, 'README.md')).toBe('skipped')
    // Sorted walk: files of the folder first by name, the subfolder in its place.
    expect(first.files.map((f) => path.relative(src, f.path))).toEqual([
      'README.md',
      'hong.html',
      'ket-luan.txt',
      'phong-van.txt',
      'rong.txt',
      'tin-hoi-nghi.txt',
      path.join('trang-web', 'anh', 'hong.jpg'),
      path.join('trang-web', 'anh', 'thi-sinh.jpg'),
      path.join('trang-web', 'anh', 'trao-giai.png'),
      path.join('trang-web', 'bai-viet.html'),
    ])
  })

  it('creates well-formed news with credited photo blocks, byline and category', async () => {
    const a = byTitle(await allArticles(t.payload), 'Đảng ủy Khối các cơ quan tỉnh tổng kết')
    expect(a.kind).toBe('news')
    expect(a._status).toBe('published')
    expect(a.publishedAt).toBe('2024-12-18T03:05:00.000Z')
    expect(a.sapo).toMatch(/^Sáng 17\/12/)
    expect(blocks(a, 'photo').map((p) => [p.caption, p.credit])).toEqual([
      ['Các đại biểu dự hội nghị', 'Ngọc Anh'],
      [
        'Đồng chí Hoàng Thị Mai, Phó Bí thư Thường trực Đảng ủy Khối phát biểu tại hội nghị',
        'Ngọc Anh',
      ],
      ['Quang cảnh hội nghị', 'Đức Toàn'],
    ])
    expect(nodes(a).filter((n) => n.type === 'heading').length).toBe(1)
    const { docs: cats } = await t.payload.find({
      collection: 'categories',
      where: { slug: { equals: 'xay-dung-dang' } },
      overrideAccess: true,
    })
    expect(a.categories).toEqual([cats[0]?.id])
    expect(a.import?.sourcePath).toBe(path.join(src, 'tin-hoi-nghi.txt'))
    expect(a.import?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reuses one author across files', async () => {
    const articles = await allArticles(t.payload)
    const { docs: authors } = await t.payload.find({ collection: 'authors', overrideAccess: true })
    expect(authors.map((x) => x.name)).toEqual(['Minh Khôi'])
    const withByline = articles.filter((a) => a.authors?.includes(authors[0]?.id as string))
    expect(withByline).toHaveLength(3)
  })

  it('turns the interview into question/answer turns', async () => {
    const a = byTitle(await allArticles(t.payload), 'Chi bộ cơ quan gương mẫu')
    expect(a.kind).toBe('interview')
    const [interview] = blocks(a, 'interview')
    const turns = interview?.turns as Array<{ speaker: string; role: string; text: string }>
    expect(turns.map((x) => [x.speaker, x.role])).toEqual([
      ['P.V', 'question'],
      ['Đồng chí Lê Thị Hoa', 'answer'],
      ['P.V', 'question'],
      ['Đồng chí Lê Thị Hoa', 'answer'],
      ['P.V', 'question'],
    ])
    expect(turns.at(-1)?.text).toBe('Xin cảm ơn đồng chí!')
  })

  it('fills the document fields of a Kết luận', async () => {
    const a = byTitle(await allArticles(t.payload), 'Kết luận của Ban Thường vụ')
    expect(a.kind).toBe('document')
    expect(a.document).toMatchObject({
      number: '52-KL/ĐUK',
      type: 'ket_luan',
      issuingBody: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      signer: 'Nguyễn Văn Thắng',
      signerCapacity: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'BÍ THƯ',
    })
    expect(a.document?.issuedAt?.slice(0, 10)).toBe('2024-11-20')
    expect(a.document?.recipients?.map((r) => r.name)).toEqual([
      'Ban Tổ chức Tỉnh ủy (b/c)',
      'Các tổ chức cơ sở đảng',
      'Lưu VP',
    ])
    expect(a.authors ?? []).toEqual([])
  })

  it('uploads the local pictures of an HTML page as media, the first as cover; a bad one is a warning', async () => {
    const a = byTitle(await allArticles(t.payload), 'Hội thi bí thư chi bộ giỏi')
    const photos = blocks(a, 'photo')
    expect(photos.map((p) => [p.caption, p.credit])).toEqual([
      ['Thí sinh trình bày phần thi thuyết trình', 'Ngọc Anh'],
      ['Ban Tổ chức trao giải Nhất cho thí sinh Chi bộ Sở Tư pháp', 'Đức Toàn'],
      ['Các thí sinh chụp ảnh lưu niệm', 'Ngọc Anh'],
    ])
    expect(photos[0]?.media).toBeTruthy()
    expect(photos[1]?.media).toBeTruthy()
    expect(photos[2]?.media).toBeUndefined()
    expect(a.coverImage).toBe(photos[0]?.media)
    const media = await t.payload.findByID({
      collection: 'media',
      id: photos[1]?.media as string,
      overrideAccess: true,
    })
    expect(media).toMatchObject({
      caption: 'Ban Tổ chức trao giải Nhất cho thí sinh Chi bộ Sở Tư pháp',
      credit: 'Đức Toàn',
      alt: 'Ban Tổ chức trao giải Nhất cho thí sinh Chi bộ Sở Tư pháp',
      mimeType: 'image/png',
    })
    const result = first.files.find((f) => f.path.endsWith('bai-viet.html'))
    expect(result?.status).toBe('created')
    expect(result?.warnings.join('\n')).toMatch(/hong\.jpg/)
    expect(await count(t.payload, 'media')).toBe(2)
  })

  it('a second run changes nothing', async () => {
    const before = await allArticles(t.payload)
    const again = await importPaths(t.payload, [src])
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 4, failed: 2 })
    const after = await allArticles(t.payload)
    expect(after.map((a) => a.updatedAt)).toEqual(before.map((a) => a.updatedAt))
    expect(await count(t.payload, 'media')).toBe(2)
    expect(await count(t.payload, 'authors')).toBe(1)
  })

  it('an edited file updates exactly its article', async () => {
    const before = await allArticles(t.payload)
    const file = path.join(src, 'phong-van.txt')
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('ít nhất một việc làm', 'ít nhất hai việc làm'),
    )
    const report = await importPaths(t.payload, [src])
    expect(report.summary).toMatchObject({ created: 0, updated: 1, unchanged: 3 })
    expect(statusOf(report, 'phong-van.txt')).toBe('updated')
    const after = await allArticles(t.payload)
    expect(after).toHaveLength(before.length)
    const changed = after.filter((a, i) => a.updatedAt !== before[i]?.updatedAt)
    expect(changed.map((a) => a.title)).toEqual(['Chi bộ cơ quan gương mẫu trong chuyển đổi số'])
    expect(JSON.stringify(changed[0]?.body)).toContain('ít nhất hai việc làm')
  })

  it('the same story under another path is a duplicate, not a second article', async () => {
    const copy = path.join(t.dir, 'ban-sao', 'tin-hoi-nghi-copy.txt')
    fs.mkdirSync(path.dirname(copy), { recursive: true })
    fs.copyFileSync(path.join(src, 'tin-hoi-nghi.txt'), copy)
    const report = await importPaths(t.payload, [copy])
    expect(report.files[0]).toMatchObject({
      status: 'duplicate',
      duplicateOf: path.join(src, 'tin-hoi-nghi.txt'),
    })
    expect(await count(t.payload, 'articles')).toBe(4)
  })

  it('--status draft creates drafts; --category puts the article there', async () => {
    const file = path.join(t.dir, 'moi', 'thong-bao.txt')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(
      file,
      [
        'Đảng ủy Khối tổ chức lớp bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy',
        '',
        '09-05-2024 15:10',
        '',
        'Trong hai ngày 8 và 9/5, Đảng ủy Khối các cơ quan tỉnh tổ chức lớp bồi dưỡng nghiệp vụ cho 85 cán bộ làm công tác văn phòng cấp ủy cơ sở.',
        '',
        'Học viên được hướng dẫn quy trình lưu trữ hồ sơ, soạn thảo văn bản của Đảng và ứng dụng phần mềm quản lý văn bản.',
        '',
        'Thu Hà',
      ].join('\n'),
    )
    const report = await importPaths(t.payload, [file], { status: 'draft', category: 'van-ban' })
    expect(report.summary.created).toBe(1)
    const doc = await t.payload.findByID({
      collection: 'articles',
      id: report.files[0]?.id as string,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(doc._status).toBe('draft')
    const { docs: cats } = await t.payload.find({
      collection: 'categories',
      where: { slug: { equals: 'van-ban' } },
      overrideAccess: true,
    })
    expect(doc.categories).toEqual([cats[0]?.id])
    const published = await t.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(published.docs.map((d) => d.id)).not.toContain(doc.id)
  })

  it('a Payload validation error fails that file only', async () => {
    const dir = path.join(t.dir, 'dai')
    fs.mkdirSync(dir, { recursive: true })
    // The parser accepts any headline; the collection refuses titles over 300 characters.
    const title = `Đảng ủy Khối ${'tổ chức hội nghị quán triệt, triển khai thực hiện nghị quyết '.repeat(6)}`
    const body = [
      '09-05-2024 15:10',
      'Trong hai ngày 8 và 9/5, Đảng ủy Khối tổ chức hội nghị cho 85 cán bộ.',
    ]
    fs.writeFileSync(path.join(dir, 'a-dai.txt'), [title.trim(), ...body].join('\n\n'))
    fs.copyFileSync(path.join(src, 'ket-luan.txt'), path.join(dir, 'b-ket-luan.txt'))
    const report = await importPaths(t.payload, [dir])
    expect(report.files.map((f) => f.status)).toEqual(['failed', 'duplicate'])
    expect(report.files[0]?.reason).toMatch(/title/)
  })

  it('an unknown --category stops before anything is written', async () => {
    const before = await count(t.payload, 'articles')
    await expect(importPaths(t.payload, [src], { category: 'khong-co' })).rejects.toBeInstanceOf(
      ImportUsageError,
    )
    await expect(importPaths(t.payload, [path.join(src, 'khong-co.txt')])).rejects.toBeInstanceOf(
      ImportUsageError,
    )
    expect(await count(t.payload, 'articles')).toBe(before)
  })
})

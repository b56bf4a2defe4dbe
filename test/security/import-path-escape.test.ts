import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPaths } from '@/import/run'

import { bootPayload, type TestPayload } from '../helpers/payload'

/**
 * A legacy page handed to `cms import` must not be able to pull files from outside the folder
 * being imported (`../../secret.jpg`, an absolute path, a symlink) into the public media
 * library, and a huge file must be refused before it is read.
 */
let t: TestPayload
let root = ''
let outside = ''

const picture = (r: number, g: number, b: number) =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: { r, g, b } } }).jpeg()

const page = (title: string, images: string[]) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<article><h1>${title}</h1><p>Sáng nay, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị ` +
  `quán triệt nghị quyết của Ban Chấp hành Trung ương.</p>` +
  images
    .map(
      (src, i) =>
        `<figure><img src="${src}"><figcaption>Ảnh số ${i + 1}. Ảnh: Minh Anh</figcaption></figure>`,
    )
    .join('') +
  `<p>Minh Khôi</p></article></body></html>`

async function mediaNames(): Promise<string[]> {
  const { docs } = await t.payload.find({
    collection: 'media',
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs.map((d) => d.filename ?? '')
}

beforeAll(async () => {
  t = await bootPayload('import-escape')
  outside = path.join(t.dir, 'private')
  root = path.join(t.dir, 'archive')
  fs.mkdirSync(outside, { recursive: true })
  fs.mkdirSync(path.join(root, 'site', 'news', 'img'), { recursive: true })
  await picture(200, 30, 30).toFile(path.join(outside, 'secret.jpg'))
  await picture(30, 200, 30).toFile(path.join(root, 'site', 'news', 'img', 'ok.jpg'))
  fs.symlinkSync(
    path.join(outside, 'secret.jpg'),
    path.join(root, 'site', 'news', 'img', 'link.jpg'),
  )
})

afterAll(async () => {
  delete process.env.IMPORT_MAX_MB
  await t?.cleanup()
})

describe('cms import stays inside the import folder', () => {
  it('refuses and reports images outside the folder, uploads only the one inside', async () => {
    const secret = path.join(outside, 'secret.jpg')
    const file = path.join(root, 'site', 'news', 'bai.html')
    fs.writeFileSync(
      file,
      page('Hội nghị quán triệt nghị quyết Trung ương', [
        'img/ok.jpg',
        '../../../private/secret.jpg',
        `file://${secret}`,
        secret,
        'img/link.jpg',
      ]),
    )
    const report = await importPaths(t.payload, [root])
    const result = report.files.find((f) => f.path === file)
    expect(result?.status).toBe('created')
    const warnings = result?.warnings.join('\n') ?? ''
    expect(warnings).toContain('../../../private/secret.jpg')
    expect(warnings).toContain(`file://${secret}`)
    expect(warnings).toContain('img/link.jpg')
    expect(warnings).toMatch(/outside the import folder/)
    // A filesystem-absolute src is looked up inside the import folder only.
    expect(warnings.split('\n').some((w) => w.endsWith(`: ${secret}`))).toBe(true)
    // Only ok.jpg was uploaded: the secret picture (its bytes, under any name) never was.
    expect(await mediaNames()).toHaveLength(1)
  })

  it('refuses a source file larger than IMPORT_MAX_MB before reading it', async () => {
    process.env.IMPORT_MAX_MB = '1'
    const big = path.join(root, 'big.html')
    const filler = '<p>Nội dung rất dài của một trang lưu trữ cũ.</p>'.repeat(40_000)
    fs.writeFileSync(big, page('Trang lưu trữ quá lớn', []).replace('<p>Minh Khôi</p>', filler))
    expect(fs.statSync(big).size).toBeGreaterThan(1024 * 1024)
    const report = await importPaths(t.payload, [big])
    const result = report.files[0]
    expect(result?.status).toBe('failed')
    expect(result?.reason).toMatch(/quá lớn/)
    expect(result?.reason).toMatch(/1 MB/)
  })

  it('refuses an image larger than IMPORT_MAX_MB', async () => {
    process.env.IMPORT_MAX_MB = '1'
    const dir = path.join(root, 'huge')
    fs.mkdirSync(dir)
    // A noisy picture compresses badly: well over 1 MB as PNG.
    const noise = Buffer.alloc(1200 * 1200 * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2_654_435_761) >>> 24
    await sharp(noise, { raw: { width: 1200, height: 1200, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toFile(path.join(dir, 'huge.png'))
    expect(fs.statSync(path.join(dir, 'huge.png')).size).toBeGreaterThan(1024 * 1024)
    fs.writeFileSync(path.join(dir, 'bai.html'), page('Ảnh quá lớn trong bài', ['huge.png']))
    const before = (await mediaNames()).length
    const report = await importPaths(t.payload, [dir])
    expect(report.files[0]?.status).toBe('created')
    expect(report.files[0]?.warnings.join('\n')).toMatch(/too large.*IMPORT_MAX_MB=1.*huge\.png/)
    expect((await mediaNames()).length).toBe(before)
  })
})

import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { phonePhoto } from '../../../../bench/media/photo'
import { bootPayload, type TestPayload } from '../../../helpers/payload'

/**
 * Our one-decode pipeline (hooks/process-upload.ts) against Payload's own, on the same photos:
 * the same files (names, dimensions, formats, quality, crops), with EXIF gone and the capture
 * time kept as `takenAt`. Payload's pipeline is reached with `context.payloadImagePipeline`, so
 * both run in this very build, and every file must be byte for byte the same.
 */
let t: TestPayload

beforeAll(async () => {
  t = await bootPayload('upload-pipeline')
})
afterAll(async () => {
  await t?.cleanup()
})

const SIZES = ['thumbnail', 'card', 'article', 'full', 'og'] as const

async function create(photo: Buffer, name: string, payloadPipeline: boolean): Promise<Media> {
  return t.payload.create({
    collection: 'media',
    data: { alt: 'Ảnh hội nghị', credit: 'Thanh Lê' },
    file: { data: photo, mimetype: 'image/jpeg', name, size: photo.length },
    overrideAccess: true,
    context: payloadPipeline ? { payloadImagePipeline: true } : {},
  })
}

const fileOf = (name: string | null | undefined): Buffer =>
  fs.readFileSync(path.join(t.dir, 'media', String(name)))

const cases = [
  { label: '4:3 larger than the 3200 px bound', options: { width: 4000, height: 3000 } },
  { label: '16:9 (plain resize for the crops)', options: { width: 3840, height: 2160 } },
  {
    label: 'portrait stored sideways (EXIF orientation 6)',
    options: { width: 3600, height: 2400, orientation: 6 },
  },
  { label: 'smaller than every size', options: { width: 600, height: 400 } },
]

describe('media upload pipeline', () => {
  for (const { label, options } of cases) {
    it(`gives the same files as Payload's pipeline: ${label}`, async () => {
      const photo = await phonePhoto(options)
      const ours = await create(photo, 'anh-nhanh.jpg', false)
      const theirs = await create(photo, 'anh-payload.jpg', true)
      expect(ours.width).toBe(theirs.width)
      expect(ours.height).toBe(theirs.height)
      expect(ours.mimeType).toBe(theirs.mimeType)
      expect(ours.filesize).toBe(theirs.filesize)
      expect(fileOf(ours.filename).equals(fileOf(theirs.filename))).toBe(true)
      for (const size of SIZES) {
        const a = ours.sizes?.[size]
        const b = theirs.sizes?.[size]
        expect({ size, w: a?.width, h: a?.height, m: a?.mimeType }).toEqual({
          size,
          w: b?.width,
          h: b?.height,
          m: b?.mimeType,
        })
        if (!b?.filename) {
          expect(a?.filename ?? null).toBeNull()
          continue
        }
        expect(a?.filename).toBe(b.filename.replace('anh-payload', 'anh-nhanh'))
        expect(fileOf(a?.filename).equals(fileOf(b.filename)), `${size} bytes`).toBe(true)
        const meta = await sharp(fileOf(a?.filename)).metadata()
        expect(meta.format).toBe('webp')
        expect(meta.exif).toBeUndefined()
      }
      const meta = await sharp(fileOf(ours.filename)).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
      if (options.orientation === 6) expect(ours.height).toBeGreaterThan(ours.width ?? 0)
      expect(ours.takenAt).toBe('2026-11-20T01:15:30.000Z')
    })
  }

  it('refuses a truncated photo with a Vietnamese message and stores nothing', async () => {
    const photo = await phonePhoto({ width: 1200, height: 800 })
    const before = fs.readdirSync(path.join(t.dir, 'media')).length
    await expect(
      create(photo.subarray(0, Math.floor(photo.length * 0.6)), 'hong.jpg', false),
    ).rejects.toThrow(/Tệp ảnh bị hỏng/)
    expect(fs.readdirSync(path.join(t.dir, 'media')).length).toBe(before)
  })

  it('keeps names unique when the same photo is sent twice', async () => {
    const photo = await phonePhoto({ width: 800, height: 600 })
    const first = await create(photo, 'trung-ten.jpg', false)
    const second = await create(photo, 'trung-ten.jpg', false)
    expect(first.filename).toBe('trung-ten.jpg')
    expect(second.filename).toBe('trung-ten-1.jpg')
    expect(second.sizes?.thumbnail?.filename).toBe('trung-ten-1-320x180.webp')
    expect(fileOf(second.sizes?.thumbnail?.filename).length).toBeGreaterThan(0)
  })

  it('refuses a create without a file', async () => {
    await expect(
      t.payload.create({ collection: 'media', data: { alt: 'x' }, overrideAccess: true }),
    ).rejects.toThrow(/chọn tệp/)
  })
})

import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  inSharpSlot,
  MAX_WAITING,
  sharpSlotsLoad,
} from '@/collections/Media/processing/sharp-slots'
import type { Media } from '@/payload-types'

import { type ApiServer, startApiServer } from '../../../helpers/api-server'
import { loginToken } from '../../../helpers/http'
import { bootPayload, type TestPayload } from '../../../helpers/payload'
import { minimalPdf } from '../../../helpers/pdf'
import { pollUntil } from '../../../helpers/poll'
import { createUser, passwordFor } from '../../../helpers/users'

let t: TestPayload
let api: ApiServer
let token = ''
let reporterId = ''
let colleagueToken = ''
let colleagueId = ''

async function upload(
  name: string,
  type: string,
  data: Buffer,
  fields: Record<string, string> = { alt: 'Ảnh thử', caption: 'Chú thích thử' },
  as = token,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${api.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${as}` },
    body: form,
  })
  const text = await res.text()
  return {
    status: res.status,
    text,
    json: JSON.parse(text || '{}') as { doc?: Media; errors?: Array<{ message: string }> },
  }
}

/** A 2400×1400 photo whose EXIF says "rotate 90°" and carries GPS and camera data. */
async function rotatedPhotoWithGps(): Promise<Buffer> {
  return sharp({
    create: { width: 2400, height: 1400, channels: 3, background: { r: 200, g: 30, b: 30 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'X100', Copyright: 'Phóng viên' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 51/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

beforeAll(async () => {
  t = await bootPayload('media', { env: { MAX_UPLOAD_MB: '2', MAX_IMAGE_MEGAPIXELS: '20' } })
  api = await startApiServer(t.payload.config)
  const reporter = await createUser(t.payload, 'reporter')
  reporterId = String(reporter.id)
  token = await loginToken(api.url, reporter.email, passwordFor('reporter'))
  const colleague = await createUser(t.payload, 'reporter', '-colleague')
  colleagueId = String(colleague.id)
  colleagueToken = await loginToken(api.url, colleague.email, passwordFor('reporter'))
})

afterAll(async () => {
  await api?.close()
  await t?.cleanup()
})

describe('photo uploads', () => {
  it('are re-encoded without EXIF/GPS, orientation applied, with every WebP size', async () => {
    const input = await rotatedPhotoWithGps()
    const before = await sharp(input).metadata()
    expect(before.exif).toBeDefined()
    expect(before.orientation).toBe(6)
    const res = await upload('anh-hoi-nghi.jpg', 'image/jpeg', input, {
      alt: 'Hội nghị',
      caption: 'Quang cảnh',
      credit: 'Thanh Lê',
    })
    expect(res.status).toBe(201)
    const doc = res.json.doc as Media
    expect(doc.credit).toBe('Thanh Lê')
    const mediaDir = process.env.MEDIA_DIR as string
    const stored = fs.readFileSync(path.join(mediaDir, doc.filename as string))
    const after = await sharp(stored).metadata()
    expect(after.exif).toBeUndefined()
    expect(after.orientation ?? 1).toBe(1)
    expect([after.width, after.height]).toEqual([1400, 2400])
    expect(stored.includes(Buffer.from('TestCam'))).toBe(false)
    for (const size of ['thumbnail', 'card', 'article', 'full', 'og'] as const) {
      const info = doc.sizes?.[size]
      expect(info?.filename, size).toBeTruthy()
      const file = fs.readFileSync(path.join(mediaDir, info!.filename as string))
      const meta = await sharp(file).metadata()
      expect(meta.format, size).toBe('webp')
      expect(meta.exif, size).toBeUndefined()
    }
    expect([doc.sizes?.og?.width, doc.sizes?.og?.height]).toEqual([1200, 630])
  })

  it('accept PNG, WebP, AVIF and PDF', async () => {
    const png = await sharp({
      create: { width: 64, height: 64, channels: 4, background: '#00ff00' },
    })
      .png()
      .toBuffer()
    const webp = await sharp(png).webp().toBuffer()
    const avif = await sharp(png).avif().toBuffer()
    const pdf = minimalPdf()
    const results = [
      await upload('a.png', 'image/png', png),
      await upload('a.webp', 'image/webp', webp),
      await upload('a.avif', 'image/avif', avif),
      await upload('nghi-quyet.pdf', 'application/pdf', pdf, {}),
    ]
    expect(results.map((r) => [r.status, r.json.doc?.mimeType ?? r.text])).toEqual([
      [201, 'image/png'],
      [201, 'image/webp'],
      [201, 'image/avif'],
      [201, 'application/pdf'],
    ])
  })

  it('require alt text for images (the caption serves when alt is empty)', async () => {
    const png = await sharp({
      create: { width: 32, height: 32, channels: 3, background: '#123456' },
    })
      .png()
      .toBuffer()
    const missing = await upload('no-alt.png', 'image/png', png, {})
    expect(missing.status).toBe(400)
    expect(missing.text).toContain('mô tả')
    const fromCaption = await upload('caption.png', 'image/png', png, {
      caption: 'Toàn cảnh buổi lễ',
    })
    expect(fromCaption.status).toBe(201)
    expect(fromCaption.json.doc?.alt).toBe('Toàn cảnh buổi lễ')
  })
})

/** The exact messages readers see, written with their diacritics (validate-upload.ts). */
const UNSUPPORTED =
  'Định dạng tệp không được hỗ trợ. Chỉ nhận ảnh JPEG, PNG, WebP, AVIF hoặc tệp PDF.'
const BROKEN = 'Tệp ảnh bị hỏng hoặc không đọc được. Vui lòng kiểm tra và tải lại.'

describe('bad uploads are refused with a clear Vietnamese message and nothing stored', () => {
  // The folder appears with the first stored file (a test run alone may not have one yet).
  const countFiles = () => {
    const dir = process.env.MEDIA_DIR as string
    return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0
  }

  it.each([
    [
      'truncated JPEG',
      'cut.jpg',
      'image/jpeg',
      async () => (await rotatedPhotoWithGps()).subarray(0, 900),
      BROKEN,
    ],
    [
      'SVG with a script',
      'logo.svg',
      'image/svg+xml',
      async () =>
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      UNSUPPORTED,
    ],
    [
      'SVG renamed .png',
      'logo.png',
      'image/png',
      async () =>
        Buffer.from(
          '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        ),
      UNSUPPORTED,
    ],
    [
      'text renamed .jpg',
      'notes.jpg',
      'image/jpeg',
      async () => Buffer.from('Đây là một tệp văn bản, không phải ảnh. '.repeat(20)),
      UNSUPPORTED,
    ],
    [
      'HTML renamed .pdf',
      'x.pdf',
      'application/pdf',
      async () => Buffer.from('<html><script>alert(1)</script></html>'.repeat(5)),
      UNSUPPORTED,
    ],
  ])('%s → 400', async (_label, name, type, make, message) => {
    const before = countFiles()
    const res = await upload(name, type, await make())
    expect(res.status).toBe(400)
    // The whole sentence arrives intact over HTTP: every diacritic, in UTF-8, in composed form,
    // after the name of the file it is about (one of many in a bulk upload).
    expect(res.json.errors?.map((e) => e.message)).toEqual([`${name} — ${message}`])
    expect(res.json.errors?.[0]?.message).toBe(res.json.errors?.[0]?.message.normalize('NFC'))
    expect(countFiles()).toBe(before)
  })

  it('a decompression bomb (huge pixel count, tiny file) → 400', async () => {
    const bomb = await sharp({
      create: { width: 6000, height: 6000, channels: 3, background: '#000000' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const res = await upload('bomb.png', 'image/png', bomb)
    expect(res.status).toBe(400)
    expect(res.json.errors?.map((e) => e.message)).toEqual([
      'bomb.png — Ảnh có kích thước điểm ảnh quá lớn (6000×6000).',
    ])
  })

  it('an oversized file → 413, and the server keeps answering', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 1)
    big[0] = 0xff
    big[1] = 0xd8
    big[2] = 0xff
    const res = await upload('big.jpg', 'image/jpeg', big)
    expect(res.status).toBe(413)
    const ok = await fetch(`${api.url}/api/media?limit=1`)
    expect(ok.status).toBe(200)
  })

  it('a photo while the image queue is full → 503, nothing stored; taken again once it drains', async () => {
    // Hold every slot and fill the queue, as a flood of slow photos would (default 2 slots).
    let open = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    const held = Array.from({ length: 2 + MAX_WAITING }, () => inSharpSlot(() => gate))
    const photo = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#336699' },
    })
      .jpeg()
      .toBuffer()
    const before = countFiles()
    let res
    try {
      res = await upload('hang-doi.jpg', 'image/jpeg', photo)
    } finally {
      open()
      await Promise.all(held)
    }
    expect(res.status).toBe(503)
    expect(res.json.errors?.map((e) => e.message)).toEqual([
      'hang-doi.jpg — Máy chủ đang xử lý nhiều ảnh, vui lòng thử lại sau ít phút.',
    ])
    expect(countFiles()).toBe(before)
    const again = await upload('hang-doi.jpg', 'image/jpeg', photo)
    expect(again.status).toBe(201)
    expect(again.json.doc?.width).toBe(400)
  })

  it("one reporter's burst does not lock colleagues out: the burst's surplus → 503 saying why", async () => {
    // While every slot is busy, one reporter's script sends a queue's worth of photos at once
    // (their first operations, as the upload hook admits them; keyed like the hook, users:<id>).
    let open = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    const running = Array.from({ length: 2 }, () => inSharpSlot(() => gate))
    const burst = Array.from({ length: MAX_WAITING }, () =>
      inSharpSlot(() => gate, { admit: true, owner: `users:${reporterId}` }).then(
        () => 'done',
        (error: Error) => error.name,
      ),
    )
    const photo = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#996633' },
    })
      .jpeg()
      .toBuffer()
    let colleagues
    try {
      // The same reporter's next photo over HTTP is refused, saying it is their own backlog.
      const own = await upload('dot-nua.jpg', 'image/jpeg', photo)
      expect(own.status).toBe(503)
      expect(own.json.errors?.map((e) => e.message)).toEqual([
        'dot-nua.jpg — Bạn đang gửi quá nhiều ảnh cùng lúc: máy chủ còn đang xử lý các ảnh bạn gửi trước. Vui lòng chờ các ảnh đó xong rồi gửi tiếp (tải lên từng đợt nhỏ hơn).',
      ])
      // A colleague's photo is admitted: it waits its turn, not behind the whole burst.
      colleagues = upload('dong-nghiep.jpg', 'image/jpeg', photo, undefined, colleagueToken)
      await pollUntil(
        async () => sharpSlotsLoad().waitingOf(`users:${colleagueId}`) > 0,
        20_000,
        "the colleague's photo in the queue",
      )
    } finally {
      open()
      await Promise.all(running)
    }
    const outcomes = await Promise.all(burst)
    expect(outcomes.filter((o) => o === 'done').length).toBeLessThan(MAX_WAITING / 2)
    expect(outcomes.filter((o) => o === 'SlotsFullError').length).toBeGreaterThan(MAX_WAITING / 2)
    const theirs = await colleagues
    expect(theirs.status).toBe(201)
    expect(theirs.json.doc?.filename).toBe('dong-nghiep.jpg')
  })

  it("one reporter's photos sent at once (several tabs) → four in progress, the rest 503 saying why", async () => {
    // Each admitted photo later queues six encodes, so the bound is on photos in progress, not
    // only on queued operations (sixteen admitted photos overflowed the shared queue).
    let open = () => {}
    const gate = new Promise<void>((resolve) => (open = resolve))
    const running = Array.from({ length: 2 }, () => inSharpSlot(() => gate))
    const photo = await sharp({
      create: { width: 320, height: 240, channels: 3, background: '#669933' },
    })
      .jpeg()
      .toBuffer()
    let settled = 0
    const sent = Array.from({ length: 6 }, (_, i) =>
      upload(`tab-${i}.jpg`, 'image/jpeg', photo).finally(() => settled++),
    )
    let colleague
    try {
      await pollUntil(async () => settled === 2, 20_000, 'the surplus photos refused')
      expect(sharpSlotsLoad().waitingOf(`users:${reporterId}`)).toBe(4)
      colleague = upload('ban-ben.jpg', 'image/jpeg', photo, undefined, colleagueToken)
      await pollUntil(
        async () => sharpSlotsLoad().waitingOf(`users:${colleagueId}`) > 0,
        20_000,
        "the colleague's photo in the queue",
      )
    } finally {
      open()
      await Promise.all(running)
    }
    const results = await Promise.all(sent)
    expect(results.filter((r) => r.status === 201)).toHaveLength(4)
    const refused = results.filter((r) => r.status === 503)
    expect(refused).toHaveLength(2)
    for (const r of refused)
      expect(r.json.errors?.[0]?.message).toMatch(
        /^tab-\d\.jpg — Bạn đang gửi quá nhiều ảnh cùng lúc/,
      )
    expect((await colleague).status).toBe(201)
  })

  it('anonymous uploads → 403', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(Buffer.from('x'))], { type: 'image/png' }),
      'x.png',
    )
    const res = await fetch(`${api.url}/api/media`, { method: 'POST', body: form })
    expect(res.status).toBe(403)
  })
})

describe("Payload's own file route (when no Express answers first)", () => {
  it('serves a PDF uploaded as .html as a sandboxed PDF under its detected name', async () => {
    const polyglot = Buffer.concat([
      Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n'),
      minimalPdf(),
    ])
    const res = await upload('bao-cao.html', 'application/pdf', polyglot, {})
    expect(res.status).toBe(201)
    const doc = res.json.doc as Media
    expect(doc.filename).toBe('bao-cao.pdf')
    // No published article uses it yet, so only staff may fetch it.
    const file = await fetch(`${api.url}/api/media/file/${doc.filename}`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toBe('sandbox')
    expect(file.headers.get('content-disposition')).toBe('inline')
  })

  it('sends a planted .html file as a download, never as a page', async () => {
    const pdf = await upload('van-ban.pdf', 'application/pdf', minimalPdf(), {})
    expect(pdf.status).toBe(201)
    await t.payload.update({
      collection: 'media',
      id: (pdf.json.doc as Media).id,
      data: { filename: 'planted.html' },
      overrideAccess: true,
    })
    fs.writeFileSync(
      path.join(process.env.MEDIA_DIR as string, 'planted.html'),
      '<html><script>alert(1)</script></html>',
    )
    const file = await fetch(`${api.url}/api/media/file/planted.html`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(file.headers.get('content-type')).toBe('application/octet-stream')
    expect(file.headers.get('content-disposition')).toBe('attachment')
    expect(file.headers.get('content-security-policy')).toBe('sandbox')
  })
})

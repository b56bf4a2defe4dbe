/**
 * Attack: a reporter uploads an HTML page whose first bytes are `%PDF-` under an `.html` name.
 * If the stored file keeps that name, the media URL serves it as `text/html` on the portal's
 * origin and an editor who opens it runs the reporter's script with the editor's session.
 * The stored name must take the detected type's extension, media must be served with the
 * detected type, `nosniff` and a sandbox, and nothing under the media URL may be HTML or SVG.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { loginToken } from '../helpers/http'
import { minimalPdf } from '../helpers/pdf'
import { startProductionServer } from '../helpers/production-server'
import { createUser, passwordFor } from '../helpers/users'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let token = ''
let mediaDir = ''

const script = '<html><body><script>fetch("/api/users/1",{method:"PATCH"})</script></body></html>'

async function upload(name: string, type: string, data: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Ảnh thử', caption: 'Chú thích' }))
  const res = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const text = await res.text()
  const json = JSON.parse(text || '{}') as { doc?: Media }
  return { status: res.status, doc: json.doc, text }
}

/**
 * GET a media path on the running server (the stored URL may carry another host) as the
 * uploader: no published article uses these uploads, so only staff may fetch them.
 */
const get = (url: string) =>
  fetch(`${server.url}${new URL(url, server.url).pathname}`, {
    headers: { authorization: `JWT ${token}` },
  })

const storedNames = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : [])

beforeAll(async () => {
  server = await startProductionServer()
  payload = server.payload
  mediaDir = process.env.MEDIA_DIR as string
  const reporter = await createUser(payload, 'reporter')
  token = await loginToken(server.url, reporter.email, passwordFor('reporter'))
})

afterAll(async () => {
  await server?.close()
})

describe('an HTML page disguised as a PDF', () => {
  it('without a PDF trailer is refused or stored as .pdf, never as .html', async () => {
    const bytes = Buffer.from(`%PDF-1.4\n${script}\n`.repeat(3))
    const res = await upload('bao-cao.html', 'application/pdf', bytes)
    if (res.status === 201) expect(res.doc?.filename).toMatch(/\.pdf$/)
    else expect(res.status).toBeGreaterThanOrEqual(400)
    expect(storedNames().filter((n) => !/\.(pdf|jpg|png|webp|avif)$/.test(n))).toEqual([])
  })

  // The browser's claimed type is the attacker's choice: both must end up as a stored PDF.
  it.each(['application/pdf', 'text/html'])(
    'a polyglot with a valid PDF trailer sent as %s is stored as .pdf and served as a sandboxed PDF',
    async (claimed) => {
      const polyglot = Buffer.concat([Buffer.from(`%PDF-1.4\n${script}\n`), minimalPdf()])
      const res = await upload('bao-cao.html', claimed, polyglot)
      expect(res.status, res.text).toBe(201)
      const doc = res.doc as Media
      expect(doc.filename).toMatch(/^bao-cao.*\.pdf$/)
      expect(doc.mimeType).toBe('application/pdf')
      expect(storedNames()).toContain(doc.filename)
      expect(storedNames().some((n) => n.endsWith('.html'))).toBe(false)

      const file = await get(doc.url as string)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^application\/pdf/)
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
      const csp = file.headers.get('content-security-policy') ?? ''
      const disposition = file.headers.get('content-disposition') ?? ''
      expect(/\bsandbox\b/.test(csp) || disposition.startsWith('attachment')).toBe(true)
      expect(Buffer.from(await file.arrayBuffer()).equals(polyglot)).toBe(true)

      const asHtml = await get('/api/media/file/bao-cao.html')
      expect(asHtml.status).toBe(404)
      expect(asHtml.headers.get('content-type') ?? '').not.toMatch(/html|svg/)
    },
  )
})

describe('nothing under the media URL is served as HTML or SVG', () => {
  it('files placed in the media folder, even ones a media record points to, answer 404', async () => {
    const pdf = await upload('van-ban.pdf', 'application/pdf', minimalPdf())
    expect(pdf.status).toBe(201)
    // A record whose file name was changed to .html (e.g. by an old bug or a database edit):
    // Payload's own file route would serve it by extension if Express let the request through.
    await payload.update({
      collection: 'media',
      id: (pdf.doc as Media).id,
      data: { filename: 'planted.html' },
      overrideAccess: true,
    })
    const planted: Record<string, string> = {
      'planted.html': script,
      'x.html': script,
      'x.htm': script,
      'x.xhtml': script,
      'X.HTML': script,
      'x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'x.svgz': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'x.xml': '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      'x.pdf.html': script,
      'x.js': 'alert(1)',
    }
    for (const [name, body] of Object.entries(planted)) {
      fs.writeFileSync(path.join(mediaDir, name), body)
    }
    for (const name of Object.keys(planted)) {
      // As staff, who may fetch files no published article uses: only the type rule refuses.
      const res = await fetch(`${server.url}/api/media/file/${encodeURIComponent(name)}`, {
        headers: { authorization: `JWT ${token}` },
      })
      expect(res.status, name).toBe(404)
      expect(res.headers.get('content-type') ?? '', name).not.toMatch(/html|svg|xml|javascript/)
      expect(await res.text(), name).not.toContain('<script')
    }
  })
})

describe('stored names follow the detected type', () => {
  it('a JPEG uploaded as anh.png is stored as .jpg and served as image/jpeg, sizes as WebP', async () => {
    const jpeg = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#884422' },
    })
      .jpeg()
      .toBuffer()
    const res = await upload('anh.png', 'image/png', jpeg)
    expect(res.status).toBe(201)
    const doc = res.doc as Media
    expect(doc.filename).toMatch(/^anh.*\.jpg$/)
    expect(doc.mimeType).toBe('image/jpeg')
    const file = await get(doc.url as string)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\/jpeg/)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')

    const thumb = doc.sizes?.thumbnail
    expect(thumb?.filename).toMatch(/\.webp$/)
    const sized = await get(thumb?.url as string)
    expect(sized.status).toBe(200)
    expect(sized.headers.get('content-type')).toMatch(/^image\/webp/)
    expect(sized.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

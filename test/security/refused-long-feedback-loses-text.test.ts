// Attack (on the reader, by the design): a refused comment or question comes back as the same
// page with what the reader typed. The route carried that text to its own re-render in a request
// header, and Node refuses request headers over 16 kB (431): a long Vietnamese text (each
// accented letter is 2–3 bytes, then base64) made the re-render fail, and the reader got a bare
// "Chưa gửi được" page with everything they wrote gone. The 32 kB body cap also refused a
// question at its maximum length in accented text before the route saw it. A refused post must
// give the text back, intact, at any length up to the field's maximum, and a text over the
// maximum must be answered with a clear Vietnamese message and given back too: no JavaScript.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { commentFields, formToken, postForm, publishedArticle } from '../helpers/feedback'
import { startProductionServer } from '../helpers/production-server'

type Running = Awaited<ReturnType<typeof startProductionServer>>
let server: Running
let payload: Payload
let article: Article
const suffix = Date.now().toString(36)

/** Ordinary accented Vietnamese (about 1.5 bytes per character in UTF-8). */
function vietnamese(length: number, marker: string): string {
  const words = ['Nghị', 'quyết', 'Đảng', 'bộ', 'khối', 'được', 'triển', 'khai', 'sâu', 'rộng']
  let text = `${marker} `
  for (let i = 0; text.length < length; i++) text += `${words[i % words.length]} `
  return text.slice(0, length - 1) + 'ệ'
}

/**
 * The worst case for any byte limit at a given length: letters of three UTF-8 bytes each (nine
 * once form-encoded), as a text of `length` characters.
 */
const worstCase = (length: number, marker: string) =>
  `${marker} ${'ệ'.repeat(length - marker.length - 1)}`

/** React writes a textarea's value as its text: the reader's text, HTML-escaped. */
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

beforeAll(async () => {
  server = await startProductionServer({
    RATE_LIMIT_FEEDBACK: '50',
    RATE_LIMIT_PAGES: '100000',
    FEEDBACK_MIN_FILL_SECONDS: '1',
  })
  payload = server.payload
  article = await publishedArticle(payload, `Bài thử ý kiến dài ${suffix}`)
})

afterAll(async () => {
  await server?.close()
})

describe('a refused long post keeps the reader’s text', () => {
  it('gives back a comment of the maximum length (2,000 characters) refused for a missing name', async () => {
    const text = worstCase(2000, `cmax${suffix}`)
    expect(text.length).toBe(2000)
    const fields = await commentFields(server.url, article, text, { 'ho-ten': '' })
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(400)
    expect(res.body).toContain('Vui lòng nhập họ và tên')
    expect(res.body).toContain(escaped(text))
    // The page given back is the real form, with a fresh token to send again.
    expect(res.body).toMatch(/name="ma" value="[0-9a-z]+\./)
  })

  it('gives back a question of the maximum length (4,000 characters)', async () => {
    const text = worstCase(4000, `qmax${suffix}`)
    expect(text.length).toBe(4000)
    const ma = await formToken(server.url, '/hoi-dap')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const res = await postForm(server.url, '/gui-cau-hoi', {
      ma,
      'ho-ten': '',
      'lien-he': 'binh@vidu.vn',
      'noi-dung': text,
      website: '',
    })
    expect(res.status).toBe(400)
    expect(res.body).toContain('Vui lòng nhập họ và tên')
    expect(res.body).toContain(escaped(text))
  })

  it('refuses a comment over the maximum (8,500 characters) in Vietnamese and gives it back', async () => {
    const marker = `cover${suffix}`
    const text = vietnamese(8500, marker)
    const fields = await commentFields(server.url, article, text)
    const res = await postForm(server.url, '/gui-y-kien', fields)
    expect(res.status).toBe(400)
    expect(res.body).toContain('vượt quá 2000 ký tự cho phép')
    expect(res.body).toContain(escaped(text))
    const { totalDocs } = await payload.count({
      collection: 'comments',
      where: { text: { contains: marker } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})

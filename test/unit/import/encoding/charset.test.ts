import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { decodeBytes } from '@/import/encoding/index'
import { readSource } from '@/import/run/read-source'

const TITLE = 'Đảng ủy Khối tổ chức hội nghị quán triệt nghị quyết'
const BODY =
  'Sáng 7/10, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị học tập, quán triệt các nghị quyết ' +
  'của Đảng. Đồng chí Bí thư nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ.'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charset-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** windows-1258 bytes for Vietnamese text: base letters (â, ơ, đ … are precomposed) + tone bytes. */
function encode1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258')
  const byChar = new Map<string, number>()
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b)
  const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
  const out: number[] = []
  for (const char of text.normalize('NFC')) {
    const direct = byChar.get(char)
    if (direct !== undefined) {
      out.push(direct)
      continue
    }
    const parts = [...char.normalize('NFD')]
    const base = parts
      .filter((p) => !tones.has(p))
      .join('')
      .normalize('NFC')
    const tone = parts.filter((p) => tones.has(p))
    for (const p of [base, ...tone]) {
      const b = byChar.get(p)
      if (b === undefined) throw new Error(`no windows-1258 byte for ${p}`)
      out.push(b)
    }
  }
  return Buffer.from(out)
}

const page = (head: string, title = TITLE, body = BODY) =>
  `<!DOCTYPE html><html><head>${head}<title>${title}</title></head>` +
  `<body><article><h1>${title}</h1><p>${body}</p><p>Minh Khôi</p></article></body></html>`

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return file
}

describe('charset of imported files', () => {
  it('honours <meta charset> (windows-1258)', async () => {
    const html = page('<meta charset="windows-1258">')
    const file = write('cp1258.html', Buffer.concat([encode1258(html)]))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file))).toThrow()
    const parsed = await readSource(file, 'html')
    expect(parsed.title).toBe(TITLE)
    expect(`${parsed.sapo ?? ''}\n${parsed.bodyText}`).toContain('quán triệt các nghị quyết')
  })

  it('honours a http-equiv Content-Type charset', async () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    const parsed = await readSource(write('equiv.html', encode1258(html)), 'html')
    expect(parsed.title).toBe(TITLE)
  })

  it('keeps a UTF-8 file with one broken byte UTF-8 instead of turning it into mojibake', async () => {
    const bytes = Buffer.from(page('<meta charset="utf-8">'), 'utf8')
    const at = bytes.indexOf(Buffer.from('Minh Khôi'))
    bytes[at + 2] = 0xff // one invalid byte in the byline
    const text = decodeBytes(bytes)
    expect(text).toContain(TITLE)
    expect(text).not.toMatch(/Ä|áº|Ã/)
    const parsed = await readSource(write('one-bad-byte.html', bytes), 'html')
    expect(parsed.title).toBe(TITLE)
    expect(parsed.warnings.join('\n')).toMatch(/invalid byte/i)
  })

  it('does the same without a meta charset (plain text)', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${TITLE}\n\n${BODY}\n`, 'utf8'),
      Buffer.from([0x96]),
      Buffer.from(' Minh Khôi\n', 'utf8'),
    ])
    expect(decodeBytes(bytes)).toContain(TITLE)
  })

  it('still reads a legacy single-byte (TCVN3) file as such', () => {
    // "Đảng bộ" typed in TCVN3 and saved as ANSI: every high byte is invalid UTF-8.
    const bytes = Buffer.from([0xa7, 0xb6, 0x6e, 0x67, 0x20, 0x62, 0xe9])
    expect(decodeBytes(bytes)).toBe('§¶ng bé')
  })

  it('fails a file whose text is mojibake instead of publishing it', async () => {
    // UTF-8 read as windows-1252 once and saved again as UTF-8: valid bytes, garbled words.
    const garble = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'))
    const html = page('<meta charset="utf-8">', garble(TITLE), garble(BODY))
    const file = write('mojibake.html', Buffer.from(html, 'utf8'))
    await expect(readSource(file, 'html')).rejects.toThrow(/mã hóa|lỗi phông|mojibake/i)
  })
})

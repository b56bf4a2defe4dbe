import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { ParsedArticle } from '@/import/parse/types'
import { collectFiles, formatOf } from '@/import/run/collect-files'
import { importDigest } from '@/import/run/digest'
import { imageCandidates } from '@/import/run/local-images'
import { readSource } from '@/import/run/read-source'
import { ImportUsageError } from '@/import/run/types'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-run-unit-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('collectFiles', () => {
  it('walks folders sorted, marks non-article files, drops dot files and repeats', async () => {
    for (const f of ['b.txt', 'a/z.HTM', 'a/anh.jpg', '.DS_Store', 'c.html']) {
      fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true })
      fs.writeFileSync(path.join(tmp, f), 'x')
    }
    const files = await collectFiles([tmp, path.join(tmp, 'b.txt')])
    expect(files.map((f) => [path.relative(tmp, f.path), f.format])).toEqual([
      ['a/anh.jpg', undefined],
      ['a/z.HTM', 'html'],
      ['b.txt', 'txt'],
      ['c.html', 'html'],
    ])
    await expect(collectFiles([path.join(tmp, 'khong-co')])).rejects.toBeInstanceOf(
      ImportUsageError,
    )
    expect(formatOf('x.Txt')).toBe('txt')
  })

  it('readSource refuses empty files with a reason', async () => {
    fs.writeFileSync(path.join(tmp, 'rong.txt'), '  \n')
    await expect(readSource(path.join(tmp, 'rong.txt'), 'txt')).rejects.toThrow('Tệp rỗng')
    await expect(readSource(path.join(tmp, 'khong.txt'), 'txt')).rejects.toThrow(
      /Không đọc được tệp/,
    )
  })
})

describe('imageCandidates', () => {
  it('resolves relative and site-absolute srcs inside the import root, never remote ones', () => {
    expect(imageCandidates('/luu/trang/bai.html', 'anh/a%20b.jpg?v=2', '/luu')).toEqual({
      candidates: ['/luu/trang/anh/a b.jpg'],
    })
    expect(imageCandidates('/luu/trang/bai.html', '/uploads/a.jpg', '/luu')).toEqual({
      candidates: ['/luu/trang/uploads/a.jpg', '/luu/uploads/a.jpg'],
    })
    expect(imageCandidates('/luu/bai.html', 'https://example.vn/a.jpg', '/luu')).toEqual({
      candidates: [],
    })
    expect(imageCandidates('/luu/bai.html', 'data:image/png;base64,AAAA', '/luu')).toEqual({
      candidates: [],
    })
  })

  it('refuses srcs that leave the import root', () => {
    for (const src of ['../../etc/secret.jpg', 'file:///etc/secret.jpg', 'C:\\anh\\a.jpg']) {
      expect(imageCandidates('/luu/trang/bai.html', src, '/luu')).toHaveProperty('refused')
    }
    expect(imageCandidates('/luu/trang/bai.html', '../anh/a.jpg', '/luu')).toEqual({
      candidates: ['/luu/anh/a.jpg'],
    })
  })
})

describe('importDigest', () => {
  const base = {
    title: 'Tiêu đề',
    kind: 'news',
    authors: [],
    photos: [],
    interview: [],
    body: [{ type: 'photo', caption: 'Quang cảnh', credit: 'Thu Hà' }],
    bodyText: '',
    encoding: 'unicode',
    fingerprint: 'f',
    warnings: [],
  } as ParsedArticle

  it('changes with anything written (credit, image bytes, category), not with warnings', () => {
    const d = importDigest(base, new Map(), undefined)
    expect(importDigest({ ...base, warnings: ['x'] }, new Map(), undefined)).toBe(d)
    expect(
      importDigest(
        { ...base, body: [{ type: 'photo', caption: 'Quang cảnh', credit: 'T.H' }] },
        new Map(),
        undefined,
      ),
    ).not.toBe(d)
    expect(importDigest(base, new Map([[0, 'abc']]), undefined)).not.toBe(d)
    expect(importDigest(base, new Map(), 'van-ban')).not.toBe(d)
  })
})

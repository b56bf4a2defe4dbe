import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { decodeBytes } from '@/import/encoding/index'
import { parseLegacyArticle } from '@/import/parse/parse-article'

import { fixtureDir, parseFixture } from '../../../helpers/import-parse'

describe('legacy-encoded article files', () => {
  const reference = parseFixture('legacy-source.txt')

  it.each([
    ['legacy-tcvn3.txt', 'tcvn3'],
    ['legacy-vni.txt', 'vni'],
    ['legacy-viqr.txt', 'viqr'],
  ] as const)('%s parses like the Unicode original', (name, encoding) => {
    const text = decodeBytes(readFileSync(path.join(fixtureDir, name)))
    const a = parseLegacyArticle({ text, fileName: name, format: 'txt' })
    expect(a.encoding).toBe(encoding)
    expect(a.title).toBe('Đảng bộ xã Tân Lạc sơ kết công tác năm 2023')
    expect(a.title).toBe(reference.title)
    expect(a.bodyText).toBe(reference.bodyText)
    expect(a.publishedAt).toBe('2023-12-28T08:30:00+07:00')
    expect(a.photos).toEqual(reference.photos)
    expect(a.authors).toEqual([{ name: 'Ngọc Hân' }])
    expect(a.fingerprint).toBe(reference.fingerprint)
  })

  it('the original is unicode', () => {
    expect(reference.encoding).toBe('unicode')
  })
})

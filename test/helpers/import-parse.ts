import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parseLegacyArticle } from '@/import/parse/parse-article'
import type { ParsedArticle } from '@/import/parse/types'

export const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/import')

export function readFixture(name: string): string {
  return readFileSync(path.join(fixtureDir, name), 'utf8')
}

export function parseFixture(name: string): ParsedArticle {
  const format = name.endsWith('.html') ? 'html' : 'txt'
  return parseLegacyArticle({ text: readFixture(name), fileName: name, format })
}

import fs from 'node:fs/promises'

import { decodeBytes } from '@/import/encoding/index'
import { parseLegacyArticle } from '@/import/parse/parse-article'
import type { ParsedArticle } from '@/import/parse/types'

/** A per-file failure whose message is shown to the user as the reason. */
export class FileFailure extends Error {
  override name = 'FileFailure'
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Reads, decodes and parses one legacy article; anything unusable becomes a FileFailure. */
export async function readSource(file: string, format: 'txt' | 'html'): Promise<ParsedArticle> {
  let bytes: Buffer
  try {
    bytes = await fs.readFile(file)
  } catch (error) {
    throw new FileFailure(`Không đọc được tệp: ${message(error)}`)
  }
  const text = decodeBytes(bytes)
  if (!text.trim()) throw new FileFailure('Tệp rỗng')
  let parsed: ParsedArticle
  try {
    parsed = parseLegacyArticle({ text, fileName: file, format })
  } catch (error) {
    throw new FileFailure(`Không phân tích được nội dung: ${message(error)}`)
  }
  if (!parsed.title.trim()) throw new FileFailure('Không tìm thấy tiêu đề bài viết')
  // A short item may be all lead (the parser then calls it the sapo): that is still an article.
  if (!parsed.bodyText.trim() && !parsed.sapo?.trim() && parsed.photos.length === 0) {
    throw new FileFailure('Không tìm thấy nội dung bài viết')
  }
  return parsed
}

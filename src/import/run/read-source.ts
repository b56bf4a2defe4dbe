import { decodeSource } from '@/import/encoding/charset'
import { looksLikeMojibake } from '@/import/encoding/mojibake'
import { parseLegacyArticle } from '@/import/parse/parse-article'
import type { ParsedArticle } from '@/import/parse/types'

import { importMaxMb, readCapped, TooLargeError } from './limits'

/** A per-file failure whose message is shown to the user as the reason. */
export class FileFailure extends Error {
  override name = 'FileFailure'
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Reads, decodes and parses one legacy article; anything unusable becomes a FileFailure: a file
 * over IMPORT_MAX_MB, and text that decodes to mojibake (better refused than published garbled).
 */
export async function readSource(file: string, format: 'txt' | 'html'): Promise<ParsedArticle> {
  let bytes: Buffer
  try {
    bytes = await readCapped(file)
  } catch (error) {
    if (error instanceof TooLargeError) {
      const mb = (error.size / 1024 / 1024).toFixed(1)
      throw new FileFailure(`Tệp quá lớn (${mb} MB, tối đa ${importMaxMb()} MB — IMPORT_MAX_MB)`)
    }
    throw new FileFailure(`Không đọc được tệp: ${message(error)}`)
  }
  const decoded = decodeSource(bytes, { html: format === 'html' })
  const text = decoded.text
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
  if (looksLikeMojibake([parsed.title, parsed.sapo ?? '', parsed.bodyText].join('\n'))) {
    throw new FileFailure(
      `Văn bản bị lỗi mã hóa (đọc theo ${decoded.charset} ra chữ không đọc được). ` +
        'Hãy lưu lại tệp dưới dạng UTF-8 hoặc khai báo <meta charset> đúng.',
    )
  }
  if (decoded.replaced > 0) {
    parsed.warnings.push(`${decoded.replaced} invalid byte(s) in UTF-8 text replaced by U+FFFD`)
  }
  return parsed
}

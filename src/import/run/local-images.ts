import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { ParsedArticle } from '@/import/parse/types'

export interface LocalImage {
  file: string
  bytes: Buffer
  sha256: string
  /** content-addressed upload name, so the same picture is stored once however often imported */
  uploadName: string
  mimetype: string
}

const MIME_BY_EXT: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
}

/**
 * Candidate files for an <img src> of a page saved to disk: relative to the page, and for a
 * site-absolute src ("/uploads/a.jpg") also under the page's folder, which is how mirrored
 * sites are laid out. Remote and inline images are never fetched.
 */
export function imageCandidates(htmlFile: string, src: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return []
  const clean = src.replace(/[?#].*$/, '')
  let decoded = clean
  try {
    decoded = decodeURIComponent(clean)
  } catch {
    // a stray % in a legacy file name: use it as written
  }
  const dir = path.dirname(htmlFile)
  if (decoded.startsWith('/')) return [path.join(dir, decoded)]
  return [path.resolve(dir, decoded)]
}

async function readImage(file: string): Promise<LocalImage | undefined> {
  const stat = await fs.stat(file).catch(() => undefined)
  if (!stat?.isFile()) return undefined
  const bytes = await fs.readFile(file)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const ext = path.extname(file).toLowerCase()
  return {
    file,
    bytes,
    sha256,
    uploadName: `import-${sha256.slice(0, 20)}${ext || '.bin'}`,
    mimetype: MIME_BY_EXT[ext] ?? 'application/octet-stream',
  }
}

/** Local images referenced by the article's photo blocks, keyed by body block index. */
export async function loadLocalImages(
  parsed: ParsedArticle,
  sourceFile: string,
): Promise<Map<number, LocalImage>> {
  const images = new Map<number, LocalImage>()
  for (const photo of parsed.photos) {
    if (!photo.src) continue
    for (const candidate of imageCandidates(sourceFile, photo.src)) {
      const image = await readImage(candidate)
      if (image) {
        images.set(photo.position, image)
        break
      }
    }
  }
  return images
}

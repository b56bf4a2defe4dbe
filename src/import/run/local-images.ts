import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { ParsedArticle } from '@/import/parse/types'

import { readCapped, TooLargeError } from './limits'

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

/** Where an <img src> may be read from, or why it must not be. */
export type ImageLookup = { candidates: string[] } | { refused: string }

const OUTSIDE = 'outside the import folder, refused'

/** True when `file` lies below `root` (both absolute). */
function inside(root: string, file: string): boolean {
  const rel = path.relative(root, file)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel)
}

/**
 * Candidate files for an <img src> of a page saved to disk, all inside `root` (the folder or
 * file named on the command line): relative to the page, and for a site-absolute src
 * ("/uploads/a.jpg") under the page's folder and under the root, which is how mirrored sites
 * are laid out. A src that climbs out of the root ("../../x.jpg"), a file: URL or a Windows
 * drive path is refused; remote and inline images are never fetched.
 */
export function imageCandidates(htmlFile: string, src: string, root: string): ImageLookup {
  if (/^file:/i.test(src) || /^[a-z]:[\\/]/i.test(src) || src.startsWith('\\\\'))
    return { refused: OUTSIDE }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return { candidates: [] }
  const clean = src.replace(/[?#].*$/, '')
  let decoded = clean
  try {
    decoded = decodeURIComponent(clean)
  } catch {
    // a stray % in a legacy file name: use it as written
  }
  const dir = path.dirname(htmlFile)
  const candidates = decoded.startsWith('/')
    ? [path.join(dir, decoded), path.join(root, decoded)]
    : [path.resolve(dir, decoded)]
  const confined = candidates.filter((c) => inside(root, c))
  return confined.length > 0 ? { candidates: [...new Set(confined)] } : { refused: OUTSIDE }
}

type ImageRead = { image: LocalImage } | { refused: string } | undefined

async function readImage(file: string, realRoot: string): Promise<ImageRead> {
  // Symlinks are followed only as far as the root: the real path must lie inside it too.
  const real = await fs.realpath(file).catch(() => undefined)
  if (!real) return undefined
  if (!inside(realRoot, real)) return { refused: OUTSIDE }
  const stat = await fs.stat(real).catch(() => undefined)
  if (!stat?.isFile()) return undefined
  let bytes: Buffer
  try {
    bytes = await readCapped(real)
  } catch (error) {
    if (error instanceof TooLargeError) return { refused: `too large (${error.message}), refused` }
    return undefined
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const ext = path.extname(file).toLowerCase()
  return {
    image: {
      file,
      bytes,
      sha256,
      uploadName: `import-${sha256.slice(0, 20)}${ext || '.bin'}`,
      mimetype: MIME_BY_EXT[ext] ?? 'application/octet-stream',
    },
  }
}

export interface LoadedImages {
  /** keyed by body block index */
  images: Map<number, LocalImage>
  /** one line per photo whose image was refused or not found */
  warnings: string[]
}

/** Local images referenced by the article's photo blocks, read only from inside `root`. */
export async function loadLocalImages(
  parsed: ParsedArticle,
  sourceFile: string,
  root: string,
): Promise<LoadedImages> {
  const images = new Map<number, LocalImage>()
  const warnings: string[] = []
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root))
  for (const photo of parsed.photos) {
    if (!photo.src) continue
    const lookup = imageCandidates(sourceFile, photo.src, path.resolve(root))
    if ('refused' in lookup) {
      warnings.push(`photo image ${lookup.refused}: ${photo.src}`)
      continue
    }
    let refused: string | undefined
    for (const candidate of lookup.candidates) {
      const read = await readImage(candidate, realRoot)
      if (read && 'image' in read) {
        images.set(photo.position, read.image)
        refused = undefined
        break
      }
      refused ??= read?.refused
    }
    if (images.has(photo.position)) continue
    warnings.push(
      refused
        ? `photo image ${refused}: ${photo.src}`
        : `photo image not found in the import folder: ${photo.src}`,
    )
  }
  return { images, warnings }
}

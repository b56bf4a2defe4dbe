/**
 * File names for a processed upload, as Payload names them: the original keeps the uploader's
 * base name (made safe) with the output type's extension, each size adds `-<w>x<h>.<ext>`.
 * Pure; the uniqueness check against the database and disk is Payload's getSafeFileName.
 */
const UNSAFE = /[\u0000-\u001f\u0080-\u009f/\\?<>:*|"]/g
const EXT: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', heif: 'avif' }

export const extensionFor = (format: string): string => EXT[format] ?? format

export function safeStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const stem = (dot > 0 ? base.slice(0, dot) : base).replace(UNSAFE, '').replace(/^[.\s]+/, '')
  return stem.trim().slice(0, 200) || 'anh'
}

export const stemOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(0, dot) : filename
}

export const sizeFileName = (stem: string, width: number, height: number, ext: string): string =>
  `${stem}-${width}x${height}.${ext}`

/**
 * The reference work for the upload benchmark, done by sharp alone the straightforward way:
 * one input, auto-rotated, cloned six times in parallel — the original re-encoded (≤ 3200 px,
 * JPEG, metadata dropped) and the five WebP sizes of the media collection (quality 78).
 */
import sharp from 'sharp'

const webp = { quality: 78 }

export async function referenceWork(input: Buffer): Promise<Buffer[]> {
  const base = sharp(input, { failOn: 'truncated' }).rotate()
  return Promise.all([
    base
      .clone()
      .resize({ width: 3200, height: 3200, fit: 'inside', withoutEnlargement: true })
      .jpeg()
      .toBuffer(),
    base.clone().resize(320, 180).webp(webp).toBuffer(),
    base.clone().resize(640, 360).webp(webp).toBuffer(),
    base.clone().resize({ width: 1024, withoutEnlargement: true }).webp(webp).toBuffer(),
    base.clone().resize({ width: 1920, withoutEnlargement: true }).webp(webp).toBuffer(),
    base.clone().resize(1200, 630).webp(webp).toBuffer(),
  ])
}

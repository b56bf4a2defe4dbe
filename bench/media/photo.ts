/**
 * A phone-sized test photo, made with sharp so no binary fixture is committed: 6000×4000
 * (24 megapixels) of blurred colour noise with grain, JPEG quality 90 (about 10 MB, like a
 * camera's), with the EXIF a phone writes (make, model, DateTimeOriginal with its offset, a GPS
 * tag) so the pipeline's EXIF reading and stripping are exercised. Cached in the temp folder.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

export interface PhotoOptions {
  width?: number
  height?: number
  takenAt?: string
  offset?: string
  orientation?: number
}

export async function phonePhoto(options: PhotoOptions = {}): Promise<Buffer> {
  const {
    width = 6000,
    height = 4000,
    takenAt = '2026:11:20 08:15:30',
    offset = '+07:00',
  } = options
  const key = crypto.createHash('sha1').update(JSON.stringify(options)).digest('hex').slice(0, 12)
  const cached = path.join(os.tmpdir(), `bench-photo-${key}.jpg`)
  if (fs.existsSync(cached)) return fs.readFileSync(cached)
  const colour = await sharp({
    create: {
      width: Math.ceil(width / 8),
      height: Math.ceil(height / 8),
      channels: 3,
      background: 'gray',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer()
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: 'gray',
      noise: { type: 'gaussian', mean: 128, sigma: 12 },
    },
  })
    .png()
    .toBuffer()
  const photo = await sharp(colour)
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 13' },
      IFD2: { DateTimeOriginal: takenAt, OffsetTimeOriginal: offset },
      IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' },
    })
    .withMetadata({ orientation: options.orientation ?? 1 })
    .toBuffer()
  fs.writeFileSync(cached, photo)
  return photo
}

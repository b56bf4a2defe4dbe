/**
 * How much slower a photo goes through the real upload path than through sharp alone, in one
 * run (issue 11 §5: target ≤ 1.3×).
 *
 *   npm run bench:upload -- [--rounds 5] [--megapixels 24]
 *
 * Boots Payload on a throwaway SQLite database and media folder, then alternates, round by
 * round, sharp alone doing the reference work (./reference.ts) and a Local API `create` of the
 * same photo into `media` (validation, EXIF reading, re-encoding, the five sizes, files written,
 * row inserted). Alternating means drifting machine load hits both alike; medians are compared.
 * A third series sends the same create through Payload's own image pipeline (the path before
 * issue 11 §5, still reachable with `context.payloadImagePipeline`) for the before figure.
 */
import { performance } from 'node:perf_hooks'

import { bootPayload } from '../../test/helpers/payload'
import { phonePhoto } from './photo'
import { referenceWork } from './reference'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const rounds = Number(arg('rounds', '5'))
const megapixels = Number(arg('megapixels', '24'))

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

async function main(): Promise<void> {
  const width = Math.round(Math.sqrt((megapixels * 1_000_000 * 3) / 2))
  const height = Math.round((width * 2) / 3)
  const photo = await phonePhoto({ width, height })
  const { payload, cleanup } = await bootPayload('bench-upload')
  let n = 0
  const upload = (payloadImagePipeline = false) =>
    payload.create({
      collection: 'media',
      data: { alt: 'Ảnh đo tốc độ', credit: 'Bench' },
      file: { data: photo, mimetype: 'image/jpeg', name: `anh-${n++}.jpg`, size: photo.length },
      overrideAccess: true,
      context: { payloadImagePipeline },
    })
  try {
    // Warm-up: module loading, first sharp/libvips use, SQLite statements.
    await referenceWork(photo)
    await upload()
    await upload(true)
    const sharpAlone: number[] = []
    const uploadPath: number[] = []
    const payloadPipeline: number[] = []
    for (let round = 0; round < rounds; round++) {
      sharpAlone.push(await timed(() => referenceWork(photo)))
      uploadPath.push(await timed(() => upload()))
      payloadPipeline.push(await timed(() => upload(true)))
    }
    const ref = median(sharpAlone)
    const real = median(uploadPath)
    const before = median(payloadPipeline)
    const result = {
      photo: `${width}×${height} JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB`,
      rounds,
      sharpAloneMs: Math.round(ref),
      uploadPathMs: Math.round(real),
      ratio: Number((real / ref).toFixed(2)),
      payloadPipelineMs: Math.round(before),
      payloadPipelineRatio: Number((before / ref).toFixed(2)),
      sharpAloneAllMs: sharpAlone.map(Math.round),
      uploadPathAllMs: uploadPath.map(Math.round),
      payloadPipelineAllMs: payloadPipeline.map(Math.round),
    }
    console.log(JSON.stringify(result, null, 2))
  } finally {
    await cleanup()
  }
}

await main()

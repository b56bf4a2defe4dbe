import type { ImageSize } from 'payload'
import sharp, { type Sharp } from 'sharp'

import { IMAGE_SIZES, ORIGINAL_BOUND } from '@/collections/Media/image-sizes'
import { MAX_IMAGE_PIXELS } from '@/collections/Media/limits'

import { type Box, type Focal, focalCrop, planSize, resizedBox } from './plan'
import { asSharpPhoto, inSharpSlot } from './sharp-slots'

/**
 * Longest a single sharp pipeline may work (sharp counts from when libvips starts on it, so the
 * wait for a slot is not included). A photo within the pixel limit takes well under a second or
 * two; this only stops a pathological image from holding a slot, and so every upload, for long.
 */
export const SHARP_TIMEOUT_SECONDS = 60

/** sharp's error when a pipeline ran past its timeout ("timeout: 42% complete"). */
export const isSharpTimeout = (error: unknown): boolean =>
  error instanceof Error && /\btimeout\b/i.test(error.message)

/**
 * The upload pipeline for a photo: the stored original and the five sizes, all six started at
 * once from the uploaded bytes, each one sharp pipeline. Payload's own pipeline does the same
 * work with much more around it: a full decode in validation, the original first and the sizes
 * only after it, and for every focal-point size a whole extra resize and encode just to learn the
 * resized dimensions. Here those dimensions are computed as sharp computes them (./plan.ts), and
 * checked: should they ever differ, the size is made again Payload's way.
 *
 * Each pipeline is the one Payload runs (same options, so the same JPEG shrink-on-load; see
 * ./plan.ts for the geometry), and the files come out byte-identical to Payload's, which the
 * equivalence test checks. Decoding the photo once into raw pixels and resizing from those was
 * tried: it is not faster (sharp decodes a JPEG at 1/2–1/8 scale when it will be shrunk) and
 * it changes the pixels of the sizes.
 */
export interface ProcessedFile {
  data: Buffer
  width: number
  height: number
  /** 'jpeg', 'png', 'webp' or 'heif' (AVIF) as sharp names them. */
  format: string
}

export interface ProcessedImage {
  original: ProcessedFile
  sizes: Record<string, ProcessedFile | null>
}

// Each sharp operation waits for a slot (./sharp-slots.ts) so the rest of the server keeps
// threads of Node's pool while photos are processed.
async function encoded(pipeline: Sharp, owner?: string): Promise<ProcessedFile> {
  const { data, info } = await inSharpSlot(() => pipeline.toBuffer({ resolveWithObject: true }), {
    owner,
  })
  return { data, width: info.width, height: info.height, format: info.format }
}

const withFormat = (pipeline: Sharp, size: ImageSize): Sharp =>
  size.formatOptions
    ? pipeline.toFormat(size.formatOptions.format, size.formatOptions.options)
    : pipeline

const load = (input: Buffer): Sharp =>
  sharp(input, { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .timeout({ seconds: SHARP_TIMEOUT_SECONDS })

/**
 * Throws sharp's error when the photo is truncated or undecodable or a pipeline times out
 * (`isSharpTimeout`), and SlotsFullError, before any work, when too many operations wait (in
 * all, or of `owner`, the uploader, whose operations take their turn with other uploaders').
 */
export function processImage(input: Buffer, focal: Focal, owner?: string): Promise<ProcessedImage> {
  // One of the owner's photos in progress, until all its operations are done (../sharp-slots).
  return asSharpPhoto(owner, () => processAdmitted(input, focal, owner))
}

async function processAdmitted(
  input: Buffer,
  focal: Focal,
  owner?: string,
): Promise<ProcessedImage> {
  // The metadata read only parses the header (no pipeline, so no timeout); it is the photo's
  // first operation, where a full queue refuses the photo.
  const meta = await inSharpSlot(
    () => sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata(),
    { admit: true, owner },
  )
  const stored: Box = { width: meta.width ?? 0, height: meta.height ?? 0 }
  const turned = (meta.orientation ?? 1) >= 5
  const shown: Box = turned ? { width: stored.height, height: stored.width } : stored
  const original = encoded(load(input).resize(ORIGINAL_BOUND), owner)
  const sizes = IMAGE_SIZES.map(async (size) => {
    const plan = planSize(shown, size, stored)
    if (plan.action === 'omit') return [size.name, null] as const
    let pipeline: Sharp
    if (plan.action === 'resize') {
      pipeline = load(input).resize({
        width: size.width,
        height: size.height,
        withoutEnlargement: size.withoutEnlargement,
      })
    } else {
      // One pipeline, as Payload's second pass: with an EXIF rotation sharp orders the
      // operations differently when a crop follows, so the crop must be in the same pipeline.
      const resize = { fastShrinkOnLoad: false, ...plan.resize }
      const cut = (box: Box) =>
        load(input)
          .resize(resize)
          .extract(focalCrop(box, plan.target, focal))
      // A failed attempt is retried Payload's way below, but not one that timed out: that
      // would hold a slot for another timeout.
      const made = await encoded(
        withFormat(cut(resizedBox(shown, plan.resize)), size),
        owner,
      ).catch((error: unknown) => {
        if (isSharpTimeout(error)) throw error
        return null
      })
      if (made?.width === plan.target.width && made.height === plan.target.height) {
        return [size.name, made] as const
      }
      const { info } = await inSharpSlot(
        () => load(input).resize(resize).toBuffer({ resolveWithObject: true }),
        { owner },
      )
      pipeline = cut(info)
    }
    return [size.name, await encoded(withFormat(pipeline, size), owner)] as const
  })
  const [made, ...rest] = await Promise.all([original, ...sizes])
  return {
    original: made as ProcessedFile,
    sizes: Object.fromEntries(rest as Array<[string, ProcessedFile | null]>),
  }
}

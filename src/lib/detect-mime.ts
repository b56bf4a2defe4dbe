import { fileTypeFromBuffer } from 'file-type'

/**
 * The upload formats the portal accepts, each with the one extension a stored file of that type
 * gets and the only extensions served under the media URL. The name comes from the detected
 * type, never from the uploader, so `bao-cao.html` holding a PDF is stored as `bao-cao.pdf`.
 */
export const ACCEPTED_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
} as const

export type AcceptedMime = keyof typeof ACCEPTED_TYPES

export interface DetectedType {
  mime: AcceptedMime
  ext: (typeof ACCEPTED_TYPES)[AcceptedMime]
}

const isAccepted = (mime: string): mime is AcceptedMime => Object.hasOwn(ACCEPTED_TYPES, mime)

/**
 * Identifies an upload from its magic bytes with `file-type` (the detector Payload itself uses)
 * and answers only for the accepted formats: anything else, or anything unrecognised, is
 * undefined, which is the safe answer for a public upload form.
 */
export async function detectMime(data: Uint8Array): Promise<DetectedType | undefined> {
  const found = await fileTypeFromBuffer(data)
  if (!found || !isAccepted(found.mime)) return undefined
  return { mime: found.mime, ext: ACCEPTED_TYPES[found.mime] }
}

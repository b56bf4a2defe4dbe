import fs from 'node:fs/promises'

/** Default for IMPORT_MAX_MB: far above any real article page or press photo. */
const DEFAULT_MAX_MB = 20

/** Largest source or image file the importer reads, from IMPORT_MAX_MB (read per call). */
export function importMaxMb(): number {
  const mb = Number(process.env.IMPORT_MAX_MB)
  return Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB
}

export class TooLargeError extends Error {
  override name = 'TooLargeError'
  constructor(
    readonly size: number,
    readonly maxMb: number,
  ) {
    super(`${(size / 1024 / 1024).toFixed(1)} MB, IMPORT_MAX_MB=${maxMb}`)
  }
}

/**
 * Reads a whole file, refusing one over the limit before reading it. Reads through one handle
 * and stops at the limit, so a file that grows (or is swapped) after the check cannot slip by.
 */
export async function readCapped(file: string): Promise<Buffer> {
  const maxMb = importMaxMb()
  const max = Math.floor(maxMb * 1024 * 1024)
  const handle = await fs.open(file, 'r')
  try {
    const { size } = await handle.stat()
    if (size > max) throw new TooLargeError(size, maxMb)
    const chunks: Buffer[] = []
    let length = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(size - length, 0) + 1, 1024 * 1024))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
      if (length > max) throw new TooLargeError(length, maxMb)
    }
    return Buffer.concat(chunks, length)
  } finally {
    await handle.close()
  }
}

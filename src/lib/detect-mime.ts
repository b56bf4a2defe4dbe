/**
 * Identifies the formats we accept from their first bytes. Deliberately small: anything not
 * recognised here is refused, which is the safe answer for a public upload form.
 */
export function detectMime(data: Uint8Array): string | undefined {
  const b = data
  const ascii = (start: number, end: number) => String.fromCharCode(...b.subarray(start, end))
  if (b.length < 12) return undefined
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12)
    if (brand === 'avif' || brand === 'avis') return 'image/avif'
    return undefined
  }
  if (ascii(0, 5) === '%PDF-') return 'application/pdf'
  return undefined
}

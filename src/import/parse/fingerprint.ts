import { createHash } from 'node:crypto'

// Normalised so that re-imports of the same article with different spacing, case or Unicode
// form (NFD from old Macs) produce the same fingerprint.
function normalise(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
}

export function articleFingerprint(title: string, bodyText: string): string {
  return createHash('sha256')
    .update(`${normalise(title)}\n${normalise(bodyText)}`)
    .digest('hex')
}

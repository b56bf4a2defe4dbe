/**
 * The one way readership code turns a reader's address into something it may keep: SHA-256 of a
 * 256-bit random salt and the text (the one-shot hash costs a fifth of an HMAC), with a salt that
 * exists only in this process's memory and is replaced every Vietnam day. No address can be
 * recovered from a hash once the salt is gone, and the same reader cannot be followed from one
 * day to the next. Kept are the hash's first 128 bits, as four 32-bit words (fingerprint-table.ts).
 *
 * "Đang truy cập" (active-visitors.ts) and the once-per-visit rule for page views
 * (repeat-views.ts) share one salt in the server (state.ts) and one unit of reader (readerBucket),
 * so a view costs one hash, not two; each forgets what it holds when the salt changes
 * (`generation`).
 */
import crypto from 'node:crypto'

import { addressBucket } from '@/auth/address-bucket'

import type { Fingerprint } from './fingerprint-table'
import { vietnamDay } from './vietnam-day'

// crypto.hash arrived in Node 20.12; README allows 20.9, which gets the (slower) stream API.
// 'binary' (latin1): one character per digest byte, read back as numbers without a Buffer.
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function'
    ? crypto.hash('sha256', text, 'binary')
    : crypto.createHash('sha256').update(text).digest('binary')

/**
 * The unit a reader is counted in: an IPv4 address as it is, an IPv6 address's /64
 * (addressBucket, as the login throttle counts it), an IPv4-mapped address as its IPv4 address.
 * A host routinely holds a whole /64 and can take a new address for every request, which would
 * make every repeat a new visit and let one host show any "Đang truy cập" figure it liked.
 */
export function readerBucket(address: string): string {
  // No IPv6 address (mapped ones included) is written without a colon.
  return address.includes(':') ? addressBucket(address) : address
}

export class DailySalt {
  private salt = crypto.randomBytes(32).toString('hex')
  private day = vietnamDay()
  /** Increases with every new salt: hashes made under an earlier generation never match again. */
  generation = 0

  /**
   * Replaces the salt when `at` falls on another Vietnam day than the salt's; true when it did,
   * so the caller forgets the hashes made with the old one (they can never match again).
   */
  renew(at: number): boolean {
    const day = vietnamDay(at)
    if (day === this.day) return false
    this.salt = crypto.randomBytes(32).toString('hex')
    this.day = day
    this.generation++
    return true
  }

  /** Writes the salted hash of `text` into `out` (four words). */
  fingerprint(text: string, out: Fingerprint): Fingerprint {
    const h = sha256(this.salt + text)
    for (let w = 0; w < 4; w++) {
      const i = w * 4
      out[w] =
        (h.charCodeAt(i) << 24) |
        (h.charCodeAt(i + 1) << 16) |
        (h.charCodeAt(i + 2) << 8) |
        h.charCodeAt(i + 3)
    }
    return out
  }
}

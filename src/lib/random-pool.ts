import crypto from 'node:crypto'

/*
 * Random values handed out per response (the readers' form-token nonces, one per cached article
 * page served): one randomFillSync of a 4 KiB pool per 256 nonces instead of one call into
 * OpenSSL for every token, as Node's own randomUUID does. Every byte is handed out once and only
 * once; what stays in the pool is what has not been handed out yet, or nonces already sent.
 */
const POOL_BYTES = 4096
const pool = Buffer.allocUnsafe(POOL_BYTES)
let offset = POOL_BYTES

/** `size` fresh random bytes as base64url. */
export function randomBase64url(size: number): string {
  if (size > POOL_BYTES) return crypto.randomBytes(size).toString('base64url')
  if (offset + size > POOL_BYTES) {
    crypto.randomFillSync(pool)
    offset = 0
  }
  const value = pool.toString('base64url', offset, offset + size)
  offset += size
  return value
}

import crypto from 'node:crypto'

import { resolveSecret } from '@/lib/secret'

/**
 * The sender's address as moderators may see it: an HMAC (key from PAYLOAD_SECRET), so a flood
 * from one source shows as one value while the address itself is never stored.
 */
export function ipHash(ip: string): string {
  const key = crypto.createHmac('sha256', resolveSecret()).update('portal-feedback-ip-v1').digest()
  return crypto.createHmac('sha256', key).update(ip).digest('base64url').slice(0, 16)
}

import { FORM_TOKEN_SLOT } from '@/feedback/token-slot'

/*
 * Fills the readers' form-token slots of a page with fresh tokens, one per slot, per response,
 * each issued to the client of that response (`issue`, feedback/token-binding.ts).
 * Only the exact attribute text `value="__PORTAL_FORM_TOKEN__"` is replaced: React escapes every
 * quote in text and attributes, so nothing a reader wrote (a comment quoting the placeholder)
 * can produce it. Costs one memchr-style scan of the page on the pages that have a form.
 */
const NEEDLE = Buffer.from(`value="${FORM_TOKEN_SLOT}"`)

export const hasTokenSlot = (body: Buffer): boolean => body.includes(NEEDLE)

export function fillTokenSlots(body: Buffer, issue: () => string): Buffer {
  let at = body.indexOf(NEEDLE)
  if (at < 0) return body
  const parts: Buffer[] = []
  let from = 0
  while (at >= 0) {
    parts.push(body.subarray(from, at), Buffer.from(`value="${issue()}"`))
    from = at + NEEDLE.length
    at = body.indexOf(NEEDLE, from)
  }
  parts.push(body.subarray(from))
  return Buffer.concat(parts)
}

import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'

/** The shared Payload instance (the server created it first; getPayload returns that one). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/** What the public may see. Access control says the same; saying it here keeps queries honest. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

export const and = (...parts: Array<Where | null | undefined | false>): Where => ({
  and: parts.filter((p): p is Where => Boolean(p)),
})

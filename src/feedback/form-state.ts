/**
 * A refused submission comes back as the same page with the reader's values and the messages
 * (nothing typed is lost). The submission route renders that page through this server itself,
 * passing the state in a request header; the header is signed (and short-lived) so nobody can
 * make a page show a form state they did not submit, and the page cache neither serves nor
 * keeps a request that carries it (server/page-cache.ts).
 */
import crypto from 'node:crypto'

import { resolveSecret } from '@/lib/secret'

import type { FeedbackErrors, FeedbackKind, FeedbackValues } from './fields'

export const FORM_STATE_HEADER = 'x-portal-feedback-state'

export interface FormState {
  kind: FeedbackKind
  values: FeedbackValues
  errors: FeedbackErrors
}

const LIFETIME_MS = 30_000

const key = () =>
  crypto.createHmac('sha256', resolveSecret()).update('portal-feedback-form-state-v1').digest()

const mac = (data: string) => crypto.createHmac('sha256', key()).update(data).digest('base64url')

export function encodeFormState(state: FormState, now = Date.now()): string {
  const data = Buffer.from(JSON.stringify({ ...state, exp: now + LIFETIME_MS })).toString(
    'base64url',
  )
  return `${data}.${mac(data)}`
}

export function decodeFormState(
  header: string | null | undefined,
  now = Date.now(),
): FormState | null {
  if (!header) return null
  const [data = '', sig = ''] = header.split('.')
  const expected = Buffer.from(mac(data))
  const given = Buffer.from(sig)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
  try {
    const parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as FormState & {
      exp: number
    }
    if (typeof parsed.exp !== 'number' || parsed.exp < now) return null
    return { kind: parsed.kind, values: parsed.values, errors: parsed.errors }
  } catch {
    return null
  }
}

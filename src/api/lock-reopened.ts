import type { Endpoint } from 'payload'

import {
  documentPart as part,
  type LockedTarget,
  reopened,
} from '@/hooks/release-again-after-close'

/** `?collection=articles&id=…` or `?global=site`, or null. */
export function reopenedTarget(params: URLSearchParams): LockedTarget | null {
  const global = part(params.get('global'))
  if (global) return { global }
  const collection = part(params.get('collection'))
  const id = part(params.get('id'))
  return collection && id ? { collection, id } : null
}

/** A JSON answer no cache may keep (the lock endpoints' answers are per person and moment). */
export const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/locks/reopened?collection=…&id=… (or `?global=…`): the signed-in person's edit view
 * of that document has just opened, so the server's repeats of their last closing release of it
 * are cancelled (src/hooks/release-again-after-close.ts says why). It touches no lock and only
 * the caller's own pending repeats.
 */
export const lockReopenedEndpoint: Endpoint = {
  path: '/locks/reopened',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json({ errors: [{ message: 'Bạn cần đăng nhập.' }] }, 401)
    const target = reopenedTarget(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!target) return json({ errors: [{ message: 'Thiếu tài liệu cần mở lại.' }] }, 400)
    return json({ cancelled: await reopened(req.payload, req.user, target) })
  },
}

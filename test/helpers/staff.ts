/**
 * Staff accounts and their uploads for the security suite: users are created through the Local
 * API of the running server (never the demo accounts), then act over real HTTP with a JWT.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import { jsonCall, loginToken } from './http'
import { minimalPdf } from './pdf'
import { createUser, passwordFor, type TestRole } from './users'

export interface Staff {
  id: string
  token: string
}

export async function staffMember(
  payload: Payload,
  url: string,
  role: TestRole,
  suffix = '',
): Promise<Staff> {
  const user = await createUser(payload, role, suffix)
  return { id: user.id, token: await loginToken(url, user.email, passwordFor(role)) }
}

export const pngBytes = (color = '#224488') =>
  sharp({ create: { width: 40, height: 40, channels: 3, background: color } })
    .png()
    .toBuffer()

/** Uploads a PNG (or a PDF) over REST as `who`; fails the test unless it is created. */
export async function upload(
  url: string,
  who: Staff,
  fields: Record<string, string>,
  kind: 'png' | 'pdf' = 'png',
): Promise<Media> {
  const bytes = kind === 'png' ? await pngBytes() : minimalPdf()
  const type = kind === 'png' ? 'image/png' : 'application/pdf'
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), `upload-${Date.now()}.${kind}`)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${who.token}` },
    body: form,
  })
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { doc: Media }).doc
}

/** A GraphQL call; returns the data and the error messages (empty when none). */
export async function graphql(
  url: string,
  who: Staff | undefined,
  query: string,
): Promise<{ data: Record<string, unknown> | null; errors: string[] }> {
  const res = await jsonCall(url, who?.token, 'POST', '/api/graphql', { query })
  const errors = (res.json.errors as Array<{ message: string }> | undefined) ?? []
  return {
    data: (res.json.data as Record<string, unknown> | null) ?? null,
    errors: errors.map((e) => e.message),
  }
}

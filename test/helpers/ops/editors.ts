/**
 * Publishers acting over real HTTP against a server child process: created with the Local API on
 * the same database file, then logged in through REST. These suites are about durability, not
 * the newsroom's stages: each account is an admin, who may publish in one request, and the
 * four-eyes rule (nobody publishes their own piece) is switched off on that database.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { loginToken } from '../http'
import { createUser, passwordFor } from '../users'

export async function editorTokens(payload: Payload, url: string, count: number) {
  const tokens: string[] = []
  await payload.updateGlobal({ slug: 'site', data: { fourEyes: false } })
  for (let i = 0; i < count; i++) {
    const user = await createUser(payload, 'admin', `-ops${i}-${Date.now()}`)
    tokens.push(await loginToken(url, user.email, passwordFor('admin')))
  }
  return tokens
}

/** A photo big enough that Payload spends real time writing its sizes. */
export const photoBytes = (seed: number) =>
  sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 100 + (seed % 50), sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer()

export interface Published {
  id: string
  title: string
  media?: { id: string; filename: string; caption: string; credit: string }
}

/** Publishes one article (with a photo every `photoEvery`th time); throws unless 2xx. */
export async function publish(url: string, token: string, n: number, photo: boolean) {
  const headers = { authorization: `JWT ${token}` }
  let media: Published['media']
  if (photo) {
    const form = new FormData()
    const caption = `Ảnh hội nghị số ${n}`
    const credit = `Thanh Lê ${n}`
    form.append(
      'file',
      new Blob([new Uint8Array(await photoBytes(n))], { type: 'image/jpeg' }),
      `hoi-nghi-${n}.jpg`,
    )
    form.append('_payload', JSON.stringify({ alt: caption, caption, credit }))
    const res = await fetch(`${url}/api/media?depth=0`, { method: 'POST', headers, body: form })
    if (!res.ok) throw new Error(`upload ${n}: ${res.status}`)
    const doc = ((await res.json()) as { doc: { id: string; filename: string } }).doc
    media = { id: doc.id, filename: doc.filename, caption, credit }
  }
  const title = `Tin nhanh đột xuất số ${n}`
  const res = await fetch(`${url}/api/articles?depth=0`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ title, kind: 'news', _status: 'published', coverImage: media?.id }),
  })
  if (!res.ok) throw new Error(`publish ${n}: ${res.status} ${await res.text()}`)
  const doc = ((await res.json()) as { doc: { id: string } }).doc
  return { id: doc.id, title, media } satisfies Published
}

/** Whether a search over HTTP lists the article among its hits. */
export async function searchFinds(url: string, title: string, id: string): Promise<boolean> {
  const res = await fetch(`${url}/api/search?q=${encodeURIComponent(title)}&limit=50`)
  if (!res.ok) return false
  const body = (await res.json()) as { hits: { id: string }[] }
  return body.hits.some((h) => h.id === id)
}

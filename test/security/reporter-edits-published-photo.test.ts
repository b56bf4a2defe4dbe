/**
 * Attack: a (possibly compromised) reporter account changes what readers see without review by
 * editing, re-uploading or deleting a photo that a published article shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, lexicalDocument, paragraph } from '@/lib/lexical/build'

import { jsonCall } from '../helpers/http'
import { startProductionServer } from '../helpers/production-server'
import { graphql, pngBytes, type Staff, staffMember, upload } from '../helpers/staff'

let server: Awaited<ReturnType<typeof startProductionServer>>
let reporter: Staff
let editor: Staff

beforeAll(async () => {
  server = await startProductionServer()
  reporter = await staffMember(server.payload, server.url, 'reporter')
  editor = await staffMember(server.payload, server.url, 'editor')
})

afterAll(async () => {
  await server?.close()
})

async function publishWith(data: Record<string, unknown>) {
  return server.payload.create({
    collection: 'articles',
    data: { title: `Bài công khai ${Date.now()}`, kind: 'news', _status: 'published', ...data },
    overrideAccess: true,
  })
}

const captionOf = async (id: string) =>
  (await server.payload.findByID({ collection: 'media', id, overrideAccess: true })).caption

async function reupload(id: string, who: Staff) {
  const form = new FormData()
  const png = await pngBytes('#ff0000')
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'swap.png')
  form.append('_payload', JSON.stringify({ alt: 'Ảnh khác' }))
  const res = await fetch(`${server.url}/api/media/${id}`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${who.token}` },
    body: form,
  })
  return res.status
}

describe('a reporter and the photos of published articles', () => {
  it('cannot edit caption, credit or alt, re-upload or delete a published cover photo', async () => {
    const photo = await upload(server.url, reporter, { alt: 'Ảnh gốc', caption: 'Chú thích gốc' })
    await publishWith({ coverImage: photo.id })
    for (const change of [{ caption: 'Bịa đặt' }, { credit: 'Người khác' }, { alt: 'Sai' }]) {
      const res = await jsonCall(
        server.url,
        reporter.token,
        'PATCH',
        `/api/media/${photo.id}`,
        change,
      )
      expect(res.status).toBe(403)
    }
    expect(await reupload(photo.id, reporter)).toBe(403)
    const del = await jsonCall(server.url, reporter.token, 'DELETE', `/api/media/${photo.id}`)
    expect(del.status).toBe(403)
    const gql = await graphql(
      server.url,
      reporter,
      `mutation { updateMedia(id: "${photo.id}", data: { caption: "Bịa qua GraphQL" }) { id } }`,
    )
    expect(gql.errors.length).toBeGreaterThan(0)
    const gqlDel = await graphql(
      server.url,
      reporter,
      `mutation { deleteMedia(id: "${photo.id}") { id } }`,
    )
    expect(gqlDel.errors.length).toBeGreaterThan(0)
    expect(await captionOf(photo.id)).toBe('Chú thích gốc')
  })

  it('cannot edit a photo shown only inside the body of a published article', async () => {
    const photo = await upload(server.url, reporter, { alt: 'Ảnh thân bài', caption: 'Gốc' })
    await publishWith({
      body: lexicalDocument([paragraph('Mở đầu'), block('photo', { media: photo.id })]),
    })
    const res = await jsonCall(server.url, reporter.token, 'PATCH', `/api/media/${photo.id}`, {
      caption: 'Bịa đặt',
    })
    expect(res.status).toBe(403)
    expect(await captionOf(photo.id)).toBe('Gốc')
  })

  it('still edits own photos no published article uses; editors edit published ones', async () => {
    const draftOnly = await upload(server.url, reporter, { alt: 'Nháp', caption: 'Nháp' })
    await server.payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp', kind: 'news', _status: 'draft', coverImage: draftOnly.id },
      draft: true,
      overrideAccess: true,
    })
    const own = await jsonCall(server.url, reporter.token, 'PATCH', `/api/media/${draftOnly.id}`, {
      caption: 'Sửa chú thích nháp',
    })
    expect(own.status).toBe(200)
    const published = await upload(server.url, reporter, { alt: 'Ảnh', caption: 'Gốc' })
    await publishWith({ coverImage: published.id })
    const byEditor = await jsonCall(
      server.url,
      editor.token,
      'PATCH',
      `/api/media/${published.id}`,
      {
        caption: 'Biên tập viên sửa',
      },
    )
    expect(byEditor.status).toBe(200)
  })

  it('regains nothing when the article is unpublished again and then republished', async () => {
    const photo = await upload(server.url, reporter, { alt: 'Ảnh', caption: 'Gốc' })
    const article = await publishWith({ coverImage: photo.id })
    await server.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const whileUnpublished = await jsonCall(
      server.url,
      reporter.token,
      'PATCH',
      `/api/media/${photo.id}`,
      {
        caption: 'Sửa khi gỡ',
      },
    )
    expect(whileUnpublished.status).toBe(200)
    await server.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const after = await jsonCall(server.url, reporter.token, 'PATCH', `/api/media/${photo.id}`, {
      caption: 'Bịa đặt',
    })
    expect(after.status).toBe(403)
  })
})

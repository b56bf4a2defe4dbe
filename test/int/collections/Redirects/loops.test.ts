// Redirect rings (A→B→A): refused on save with a Vietnamese message, and, when one is already
// in the table (saved by an older version or written straight to the database), never served:
// the reader gets the page as if there were no redirect instead of a browser loop.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { redirects } from '@/server/redirects'
import { bumpContentVersion } from '@/site/cache/content-version'

import { bootPayload, type TestPayload } from '../../../helpers/payload'

let t: TestPayload
let server: http.Server
let url = ''

const add = (from: string, to: string, permanent = true) =>
  t.payload.create({ collection: 'redirects', data: { from, to, permanent }, overrideAccess: true })

const refusal = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'saved',
    (error: { data?: { errors?: Array<{ path: string; message: string }> } }) =>
      JSON.stringify(error.data?.errors ?? error),
  )

const get = async (path: string) => {
  const res = await fetch(`${url}${path}`, { redirect: 'manual' })
  return { status: res.status, location: res.headers.get('location'), body: await res.text() }
}

beforeAll(async () => {
  t = await bootPayload('redirect-loops')
  const app = express()
  app.use(redirects(t.payload))
  app.use((_req, res) => {
    res.status(404).send('Không tìm thấy trang')
  })
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await t?.cleanup()
})

describe('redirect rings', () => {
  it('refuses A→B when B→A exists, and longer rings, with a Vietnamese message', async () => {
    await add('/vong/a', '/vong/b')
    const back = await refusal(add('/vong/b', '/vong/a'))
    expect(back).toContain('Chuyển hướng này tạo thành vòng lặp (/vong/b → /vong/a → /vong/b)')
    expect(back).toContain('"path":"to"')
    await add('/vong/b', '/vong/c')
    // An absolute URL leaves the site, so it ends a chain even when its path looks like a source.
    expect(await refusal(add('/vong/c', 'http://cong-cu.example/vong/a/'))).toBe('saved')
    expect(await refusal(add('/vong/d', '/vong/a?tu=d'))).toBe('saved')
    expect(await refusal(add('/vong/e', '/vong/e'))).toContain('vòng lặp')
    // Editing an existing redirect into a ring is refused too: c→g closes c→g→f→d→a→b→c.
    await add('/vong/f', '/vong/d')
    await add('/vong/g', '/vong/f')
    const closing = await t.payload.find({
      collection: 'redirects',
      where: { from: { equals: '/vong/c' } },
      overrideAccess: true,
    })
    expect(
      await refusal(
        t.payload.update({
          collection: 'redirects',
          id: closing.docs[0]!.id,
          data: { to: '/vong/g' },
          overrideAccess: true,
        }),
      ),
    ).toContain('vòng lặp')
  })

  it("refuses a ring that only a reader's query string closes, in either order", async () => {
    await add('/truy-van/a?trang=2', '/truy-van/b')
    expect(await refusal(add('/truy-van/b?trang=2', '/truy-van/a'))).toContain('vòng lặp')
    // A → B is harmless alone, but a reader at A?trang=2 would go to B?trang=2 and back.
    await add('/truy-van/d?trang=2', '/truy-van/c')
    expect(await refusal(add('/truy-van/c', '/truy-van/d'))).toContain('vòng lặp')
    expect(await refusal(add('/truy-van/c', '/truy-van/e'))).toBe('saved')
  })

  it('serves a query-string ring already in the database as no redirect', async () => {
    await t.payload.db.create({
      collection: 'redirects',
      data: { from: '/qv/a?trang=2', to: '/qv/b', permanent: true },
    })
    await t.payload.db.create({
      collection: 'redirects',
      data: { from: '/qv/b?trang=2', to: '/qv/a', permanent: true },
    })
    bumpContentVersion()
    for (const path of ['/qv/a?trang=2', '/qv/b?trang=2']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
    }
  })

  it('serves a chain in one hop to its end, keeping the query string', async () => {
    await add('/chuoi/1', '/chuoi/2?tu=1')
    await add('/chuoi/2', '/chuoi/3')
    await add('/chuoi/3', 'https://cong-moi.example/bai/3')
    expect(await get('/chuoi/1?x=1')).toMatchObject({
      status: 301,
      location: 'https://cong-moi.example/bai/3?x=1',
    })
    expect(await get('/chuoi/2')).toMatchObject({
      status: 301,
      location: 'https://cong-moi.example/bai/3',
    })
  })

  it('serves a ring already in the database as no redirect at all (the 404 page)', async () => {
    await add('/cu/a', '/cu/b', false)
    const b = await add('/cu/b', '/moi/b')
    // An older version or a direct database write let the ring in; hooks are bypassed here.
    await t.payload.db.updateOne({
      collection: 'redirects',
      where: { id: { equals: b.id } },
      data: { to: '/cu/a' },
    })
    bumpContentVersion()
    for (const path of ['/cu/a', '/cu/b', '/cu/b/?x=1']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.body).toBe('Không tìm thấy trang')
    }
    // Break the ring: both addresses redirect again, in one hop, 302 because one hop is temporary.
    await t.payload.update({
      collection: 'redirects',
      id: b.id,
      data: { to: '/moi/b' },
      overrideAccess: true,
    })
    expect(await get('/cu/a')).toMatchObject({ status: 302, location: '/moi/b' })
    expect(await get('/cu/b')).toMatchObject({ status: 301, location: '/moi/b' })
  })
})

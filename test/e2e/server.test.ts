import http from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { demoAccount } from '../helpers/e2e/api'
import { baseUrl } from '../helpers/e2e/browser'

/** Raw request so we see the bytes on the wire (fetch would decompress transparently). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: Buffer) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(`${baseUrl()}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      })
      req.on('error', reject)
      req.end(body)
    },
  )
}

describe('the production server (Express in front of Next and Payload)', () => {
  it('answers /healthz after a real database round trip', async () => {
    const res = await fetch(`${baseUrl()}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as { status: string; database: string }
    expect(body).toMatchObject({ status: 'ok', database: 'ok' })
  })

  it('sets security headers and compresses with brotli or gzip', async () => {
    const br = await raw('/', { 'accept-encoding': 'br' })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).toString('utf8')).toContain('<html lang="vi"')
    const gz = await raw('/', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString('utf8')).toContain('</html>')
    for (const header of [
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'x-frame-options',
    ]) {
      expect(br.headers[header], header).toBeTruthy()
    }
    expect(br.headers['x-powered-by']).toBeUndefined()
  })

  it('serves the Payload REST API and hides drafts and users from anonymous readers', async () => {
    const articles = (await (
      await fetch(`${baseUrl()}/api/articles?limit=50&depth=0&draft=true`)
    ).json()) as {
      docs: Array<{ _status: string }>
    }
    expect(articles.docs.length).toBeGreaterThan(0)
    expect(articles.docs.every((d) => d._status === 'published')).toBe(true)
    expect((await fetch(`${baseUrl()}/api/users`)).status).toBe(403)
  })

  it('turns the GraphQL playground off in production but keeps GraphQL', async () => {
    expect((await fetch(`${baseUrl()}/api/graphql-playground`)).status).toBe(404)
    const res = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles(limit: 1) { docs { title } } }' }),
    })
    expect(res.status).toBe(200)
  })

  it('refuses an oversized upload with 413 and keeps serving', async () => {
    const login = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoAccount('reporter')),
    })
    const { token } = (await login.json()) as { token: string }
    const big = Buffer.alloc(30 * 1024 * 1024, 0)
    big.set([0xff, 0xd8, 0xff], 0)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(big)], { type: 'image/jpeg' }), 'huge.jpg')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const res = await fetch(`${baseUrl()}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(res.status).toBe(413)
    expect((await fetch(`${baseUrl()}/healthz`)).status).toBe(200)
  })
})

// The middleware that sends a path written with dot segments to its resolved form, over real
// HTTP with raw request lines (fetch and browsers resolve dot segments before sending): where it
// redirects, what it keeps, and that it never becomes an open redirect.
import type { Server } from 'node:http'
import net from 'node:net'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { canonicalPath } from '@/server/canonical-path'

let server: Server
let port = 0

beforeAll(async () => {
  const app = express()
  app.use(canonicalPath())
  app.all('/{*splat}', (req, res) => void res.type('text').send(`reached ${req.originalUrl}`))
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

/** The status and Location answered to `target` sent as written. */
function raw(target: string, method = 'GET'): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
    })
    let text = ''
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    socket.on('error', reject)
    socket.on('end', () => {
      const location = /\r\nlocation: ([^\r]*)/i.exec(text)?.[1]
      resolve({ status: Number(text.split(' ')[1]), location })
    })
  })
}

describe('canonicalPath', () => {
  it.each([
    ['/trang-loi/./404', '/trang-loi/404'],
    ['/trang-loi/x/../404', '/trang-loi/404'],
    ['/trang-loi/%2e/500', '/trang-loi/500'],
    ['/bai-viet/a/%2E%2E/b?trang=2', '/bai-viet/b?trang=2'],
    ['/./api/users/login', '/api/users/login'],
    ['/a/..', '/'],
    ['/bai-viet/%70hong-van', '/bai-viet/phong-van'],
    ['/bai-viet/phong%2dvan%7E?trang=2', '/bai-viet/phong-van~?trang=2'],
    ['/the/%c4%91ang', '/the/%C4%91ang'],
    ['/tim-kiem%2fx', '/tim-kiem%2Fx'],
    ['/trang-loi/%2E%2e/x/%2e%2E/404', '/404'],
  ])('sends %s to %s with 308 (method and body kept)', async (target, location) => {
    expect(await raw(target)).toEqual({ status: 308, location })
    expect((await raw(target, 'POST')).status).toBe(308)
  })

  it.each([
    '/..//evil.example/x',
    '/x/..//evil.example',
    '/.%2e//evil.example',
    '//evil.example/%61',
  ])('refuses %s, which would resolve to another host', async (target) => {
    expect(await raw(target)).toEqual({ status: 400, location: undefined })
  })

  it.each([
    '/bai-viet/a.b',
    '/.well-known/security.txt',
    '/x/...',
    '/a/.b/c',
    '/',
    '/the/%C4%91ang',
    '/tim-kiem%2Fx%20y',
  ])('leaves %s alone', async (target) => {
    expect((await raw(target)).status).toBe(200)
  })
})

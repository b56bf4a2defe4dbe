// The Express layer that swaps Next's empty error shell for a server-rendered page, over real
// HTTP with a stand-in for Next (the real one is covered by test/e2e/raw-html.test.ts).
import type { Server } from 'node:http'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorPages } from '@/server/error-pages'

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'
let server: Server
let base: string
let errorPageWorks = true

beforeAll(async () => {
  const app = express()
  app.use(errorPages())
  app.get('/trang-loi/500', (_req, res) => {
    if (!errorPageWorks) return void res.status(500).type('html').send(SHELL)
    res.type('html').send('<html lang="vi"><body><h1>Đã có lỗi xảy ra</h1>…</body></html>')
  })
  app.get('/en/error/500', (_req, res) => {
    if (!errorPageWorks) return void res.status(500).type('html').send(SHELL)
    res.type('html').send('<html lang="en"><body><h1>Something went wrong</h1>…</body></html>')
  })
  app.get('/en/error/404', (_req, res) => {
    res.type('html').send('<html lang="en"><body><h1>Page not found</h1>…</body></html>')
  })
  app.get('/hong', (_req, res) => void res.status(500).type('html').send(SHELL))
  app.get('/en/hong', (_req, res) => void res.status(500).type('html').send(SHELL))
  app.get('/en/mat', (_req, res) => void res.status(404).type('html').send(SHELL))
  app.get('/loi-rieng', (_req, res) => void res.status(500).type('html').send('<p>Lỗi riêng</p>'))
  app.get('/api/hong', (_req, res) => void res.status(500).type('html').send(SHELL))
  app.get('/binh-thuong', (_req, res) => void res.type('html').send('<p>Bình thường</p>'))
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s))
  })
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('server-rendered error pages', () => {
  it('replaces the empty error shell of a failed page with the 500 page, keeping 500', async () => {
    const res = await fetch(`${base}/hong`)
    expect(res.status).toBe(500)
    expect(await res.text()).toContain('<html lang="vi"><body><h1>Đã có lỗi xảy ra</h1>')
  })

  it('falls back to a minimal Vietnamese page when the 500 page cannot render either', async () => {
    errorPageWorks = false
    try {
      const res = await fetch(`${base}/hong`)
      expect(res.status).toBe(500)
      const html = await res.text()
      expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/)
      expect(html).toContain('Hệ thống đang gặp sự cố')
      expect(html).not.toContain('__next_error__')
    } finally {
      errorPageWorks = true
    }
  })

  it('answers a failed English page with the English 500 page, keeping 500', async () => {
    const res = await fetch(`${base}/en/hong`)
    expect(res.status).toBe(500)
    const html = await res.text()
    expect(html).toContain('<html lang="en"><body><h1>Something went wrong</h1>')
    expect(html).not.toContain('Đã có lỗi')
    const missing = await fetch(`${base}/en/mat`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<h1>Page not found</h1>')
  })

  it('falls back to a minimal English page when the English 500 page cannot render', async () => {
    errorPageWorks = false
    try {
      const res = await fetch(`${base}/en/hong`)
      expect(res.status).toBe(500)
      const html = await res.text()
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/)
      expect(html).toContain('Something went wrong')
      expect(html).toContain('<a href="/en">')
      expect(html).not.toMatch(/[ăâđêôơư]/)
    } finally {
      errorPageWorks = true
    }
  })

  it('answers an error page requested at its own address with its status and noindex', async () => {
    const vi500 = await fetch(`${base}/trang-loi/500`)
    expect(vi500.status).toBe(500)
    expect(vi500.headers.get('x-robots-tag')).toBe('noindex')
    expect(await vi500.text()).toContain('<h1>Đã có lỗi xảy ra</h1>')
    const en404 = await fetch(`${base}/en/error/404`)
    expect(en404.status).toBe(404)
    expect(en404.headers.get('x-robots-tag')).toBe('noindex')
    expect(await en404.text()).toContain('<h1>Page not found</h1>')
    const head = await fetch(`${base}/en/error/404`, { method: 'HEAD' })
    expect(head.status).toBe(404)
  })

  it('keeps the status for a client that sends the internal render header itself', async () => {
    const res = await fetch(`${base}/trang-loi/500`, {
      headers: { 'x-portal-error-render': 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    })
    expect(res.status).toBe(500)
  })

  it('leaves other responses, other error bodies and the API alone', async () => {
    expect(await (await fetch(`${base}/binh-thuong`)).text()).toBe('<p>Bình thường</p>')
    const own = await fetch(`${base}/loi-rieng`)
    expect([own.status, await own.text()]).toEqual([500, '<p>Lỗi riêng</p>'])
    expect(await (await fetch(`${base}/api/hong`)).text()).toBe(SHELL)
  })
})

describe('server-rendered error pages on a server bound to one address (LISTEN_HOST)', () => {
  // The page is rendered by a request to the server itself: it must go to an address the server
  // listens on, not to 127.0.0.1, which a server with LISTEN_HOST=::1 (or a LAN address, as behind a
  // remote nginx) does not answer. The 500 page would then always be the minimal fallback.
  it('renders the 500 page on a server listening on ::1 only', async () => {
    const app = express()
    app.use(errorPages())
    app.get('/trang-loi/500', (_req, res) => {
      res
        .type('html')
        .send('<html lang="vi"><body><p>Trang lỗi của site trên ::1</p></body></html>')
    })
    app.get('/hong', (_req, res) => void res.status(500).type('html').send(SHELL))
    const six = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(0, '::1', (error?: Error) => (error ? reject(error) : resolve(s)))
    })
    try {
      const address = six.address()
      const port = typeof address === 'object' && address ? address.port : 0
      const res = await fetch(`http://[::1]:${port}/hong`)
      expect(res.status).toBe(500)
      expect(await res.text()).toContain('Trang lỗi của site trên ::1')
    } finally {
      await new Promise((resolve) => six.close(resolve))
    }
  })
})

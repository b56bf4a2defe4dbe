import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FormState } from '@/feedback/form-state'
import { sendWithState } from '@/feedback/render-state'

/*
 * A refused comment is re-rendered by a request from the server to itself: on a server bound to
 * one address (LISTEN_HOST=::1 here, or a LAN address behind a remote nginx) that request must go to
 * that address, not to 127.0.0.1, or the reader always gets the minimal fallback page.
 */
const state: FormState = {
  kind: 'comment',
  values: { name: 'Nguyễn Văn A', contact: 'a@example.vn', topic: '', text: 'Ý kiến' },
  errors: { text: 'Nội dung có từ không được phép.' },
}

let server: ReturnType<ReturnType<typeof express>['listen']>
let url = ''

beforeAll(async () => {
  const app = express()
  app.get('/bai-viet/hai', (_req, res) => {
    res.type('html').send('<html><body><p>Trang bài viết đầy đủ</p></body></html>')
  })
  app.post('/gui-y-kien', (req, res) => {
    void sendWithState(req, res, '/bai-viet/hai', state, 400, 'article-2')
  })
  server = app.listen(0, '::1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://[::1]:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('a refused form re-rendered on a server listening on ::1 only', () => {
  it('is the full page, not the fallback', async () => {
    const res = await fetch(`${url}/gui-y-kien`, { method: 'POST' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('Trang bài viết đầy đủ')
    expect(html).not.toContain('Chưa gửi được')
  })
})

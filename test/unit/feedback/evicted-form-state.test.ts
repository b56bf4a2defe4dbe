import type { AddressInfo } from 'node:net'

import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FormState } from '@/feedback/form-state'
import { heldFormState, holdFormState, releaseFormState } from '@/feedback/form-state'
import { sendWithState } from '@/feedback/render-state'

/*
 * A refused comment is re-rendered by the server from a state held in memory (at most 200 at
 * once). When a burst of refusals drops this reader's state while their page renders, the page
 * renders an empty form: the reader must get the fallback page with their text instead.
 */
const TEXT = 'Ý kiến rất dài của bạn đọc về bài viết'
const state: FormState = {
  kind: 'comment',
  values: { name: 'Nguyễn Văn A', contact: 'a@example.vn', topic: '', text: TEXT },
  errors: { text: 'Nội dung có từ không được phép.' },
}

let server: ReturnType<ReturnType<typeof express>['listen']>
let url = ''

beforeAll(async () => {
  const app = express()
  app.get('/bai-viet/mot', (_req, res) => {
    // 200 other refusals arrive while this page renders: this reader's state is dropped.
    for (let i = 0; i < 200; i++) holdFormState({ ...state, values: { ...state.values, text: '' } })
    res
      .type('html')
      .send('<html><body><form><textarea name="text"></textarea></form></body></html>')
  })
  app.post('/gui-y-kien', (req, res) => {
    void sendWithState(req, res, '/bai-viet/mot', state, 400, 'article-1')
  })
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('a form state dropped while its page renders', () => {
  it('releaseFormState says whether the state was still held', () => {
    const id = holdFormState(state)
    expect(heldFormState(id)).toEqual(state)
    expect(releaseFormState(id)).toBe(true)
    expect(releaseFormState(id)).toBe(false)
  })

  it("sends the fallback page with the reader's text, not the empty form", async () => {
    const res = await fetch(`${url}/gui-y-kien`, { method: 'POST' })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(TEXT)
    expect(html).toContain('Chưa gửi được')
  })
})

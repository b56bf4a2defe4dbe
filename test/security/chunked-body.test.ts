// Attack: a request body sent without Content-Length (Transfer-Encoding: chunked) slipped past
// the body limit, which only looked at the header, and was buffered whole by Payload. The server
// must count bytes as they stream and answer 413 at the limit, for JSON and multipart alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendChunked } from '../helpers/chunked'
import { startProductionServer } from '../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>

const KB = 1024
const MB = 1024 * KB
const JSON_LIMIT = 64 * KB
// Multipart bodies may carry MAX_UPLOAD_MB plus 1 MB of form overhead.
const MULTIPART_LIMIT = 2 * MB
const PLANNED = 48 * MB

function* jsonBody(): Generator<Buffer> {
  yield Buffer.from('{"title":"')
  const filler = Buffer.alloc(16 * KB, 'a')
  for (let sent = 0; sent < PLANNED; sent += filler.length) yield filler
  yield Buffer.from('"}')
}

const BOUNDARY = '----portal-test-boundary'

/** Many parts, each under the per-file upload limit, so only a total count can stop them. */
function* multipartBody(): Generator<Buffer> {
  const part = Buffer.alloc(256 * KB, 0x41)
  for (let i = 0, sent = 0; sent < PLANNED; i++, sent += part.length) {
    yield Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file${i}"; filename="a${i}.bin"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    )
    yield part
    yield Buffer.from('\r\n')
  }
  yield Buffer.from(`--${BOUNDARY}--\r\n`)
}

beforeAll(async () => {
  server = await startProductionServer({ MAX_JSON_KB: '64', MAX_UPLOAD_MB: '1' })
})

afterAll(async () => {
  await server?.close()
})

describe('chunked request bodies', () => {
  it('refuses a chunked JSON body over the limit with 413 while it streams', async () => {
    const res = await sendChunked(
      `${server.url}/api/articles`,
      { 'content-type': 'application/json' },
      jsonBody,
    )
    expect(res.error).toBeUndefined()
    expect(res.status).toBe(413)
    expect(res.body).toMatch(/quá lớn/)
    // Answered near the limit, not after the whole planned body was taken in.
    expect(res.sent).toBeLessThan(JSON_LIMIT + 4 * MB)
  })

  it('refuses a chunked multipart body over the limit with 413 while it streams', async () => {
    const res = await sendChunked(
      `${server.url}/api/media`,
      { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      multipartBody,
    )
    expect(res.error).toBeUndefined()
    expect(res.status).toBe(413)
    expect(res.body).toMatch(/quá lớn/)
    expect(res.sent).toBeLessThan(MULTIPART_LIMIT + 4 * MB)
  })

  it('still accepts a chunked body under the limit and keeps serving afterwards', async () => {
    function* small(): Generator<Buffer> {
      yield Buffer.from('{"email":"nobody@test.vn",')
      yield Buffer.from('"password":"wrong-password"}')
    }
    const res = await sendChunked(
      `${server.url}/api/users/login`,
      { 'content-type': 'application/json' },
      small,
    )
    // Payload read the whole small body: a wrong login, not a parse error or 413.
    expect(res.status).toBe(401)
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    const list = await fetch(`${server.url}/api/categories?limit=1`)
    expect(list.status).toBe(200)
  })
})

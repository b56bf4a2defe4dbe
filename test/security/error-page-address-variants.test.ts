// Attack (an error page indexed and kept as a page): the error pages' own addresses
// (/trang-loi/404, /en/error/500, …) answer with their status and `X-Robots-Tag: noindex`, but
// only when the path is spelt exactly so. The same address with a dot segment
// (`/trang-loi/./404`, `/trang-loi/x/../404`, which Next resolves to the same page) or with
// Next's `_rsc` parameter went past that check and answered 200 "Không tìm thấy trang", and the
// page cache kept each spelling as a page of its own: any client can fill the readers' shared
// cache with copies of an error page (and of any article, `/bai-viet/x/../<slug>`), pushing the
// real pages out. Over real HTTP (raw request lines: fetch and browsers resolve dot segments
// before sending), on the production server with the demo seed.
import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProductionServer } from '../helpers/production-server'

let server: Awaited<ReturnType<typeof startProductionServer>>

beforeAll(async () => {
  server = await startProductionServer({ RATE_LIMIT_PAGES: '100000' }, true)
})

afterAll(async () => {
  await server?.close()
})

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

/** Sends `target` as the request line's path, exactly as written. */
function raw(target: string): Promise<Answer> {
  const { hostname, port, host } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)
    })
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const at = line.indexOf(':')
        if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim()
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') })
    })
  })
}

const ERROR_TITLE = /Không tìm thấy trang|Đã có lỗi xảy ra|Page not found|Something went wrong/

describe('an error page under another spelling of its address', () => {
  for (const target of [
    '/trang-loi/./404',
    '/trang-loi/x/../404',
    '/trang-loi/%2e/500',
    '/en/error/./404',
    '/en/./error/500',
    '/trang-loi/404?_rsc=1',
    '/en/error/500?_rsc=abc',
  ]) {
    it(`${target} never answers 200, nor is kept by the page cache`, async () => {
      for (let i = 0; i < 2; i++) {
        const res = await raw(target)
        expect(res.status, `${target}, request ${i + 1}`).not.toBe(200)
        expect(res.headers['x-page-cache']).not.toBe('HIT')
        if (res.status >= 300 && res.status < 400) {
          // Sent to the one spelling, which answers with its own status.
          const location = new URL(res.headers.location ?? '', server.url)
          expect(location.pathname).toMatch(/^\/(trang-loi|en\/error)\/(404|500)$/)
          const there = await raw(location.pathname + location.search)
          expect(there.status).not.toBe(200)
          expect(there.headers['x-robots-tag']).toContain('noindex')
        } else {
          expect(res.body).toMatch(ERROR_TITLE)
          expect(res.headers['x-robots-tag']).toContain('noindex')
        }
      }
    })
  }
})

describe('a reader page under another spelling of its address', () => {
  it('is sent to its one address instead of becoming another cache entry', async () => {
    const home = await (await fetch(`${server.url}/`)).text()
    const article = /href="(\/bai-viet\/[^"?#]+)"/.exec(home)?.[1]
    expect(article).toBeTruthy()
    const slug = article!.split('/').pop()!
    for (const target of [`/bai-viet/./${slug}`, `/bai-viet/bien-the-1/../${slug}`]) {
      const res = await raw(target)
      expect(res.status, target).toBe(308)
      expect(new URL(res.headers.location ?? '', server.url).pathname).toBe(article)
    }
    // The one spelling still answers as before.
    expect((await raw(article!)).status).toBe(200)
  })
})

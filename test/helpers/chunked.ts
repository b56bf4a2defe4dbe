import http from 'node:http'

export interface ChunkedResult {
  status: number
  body: string
  /** Bytes written before the answer came (or the connection ended). */
  sent: number
  error?: string
}

/**
 * Streams a request body without Content-Length (Transfer-Encoding: chunked), one chunk at a
 * time, and stops as soon as the server answers. Lets a test see that an oversized body is
 * refused while it streams instead of after it has been buffered whole.
 */
export function sendChunked(
  url: string,
  headers: Record<string, string>,
  chunks: () => Generator<Buffer>,
): Promise<ChunkedResult> {
  return new Promise((resolve) => {
    let sent = 0
    let answered = false
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      answered = true
      const parts: Buffer[] = []
      res.on('data', (c: Buffer) => parts.push(c))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString(), sent })
        req.destroy()
      })
    })
    req.on('error', (error) => {
      if (!answered) resolve({ status: 0, body: '', sent, error: error.message })
    })
    const write = async () => {
      for (const chunk of chunks()) {
        if (answered || req.destroyed) return
        sent += chunk.length
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r))
        // Give the server a moment to answer between chunks, as a slow client would.
        await new Promise((r) => setImmediate(r))
      }
      if (!answered && !req.destroyed) req.end()
    }
    void write()
  })
}

import type { IncomingMessage } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { maxUploadBytes } from '@/collections/Media/limits'

const MB = 1024 * 1024
/** After answering 413, how long a client may keep sending before the connection is cut. */
const DRAIN_MS = 5_000

/**
 * Caps request bodies as they stream. Payload buffers JSON bodies whole and keeps uploaded
 * parts in memory, so a body without Content-Length (chunked) used to be taken in without
 * bound. Bytes are counted where Node's HTTP parser hands them to the request stream, before
 * anything (Next, Payload) reads them; at the limit the server answers 413 and drops the rest.
 * A declared Content-Length over the limit is refused at once, before any byte is read.
 * Multipart bodies get the upload limit plus room for the form's other fields.
 */
export function bodyLimits(): RequestHandler {
  const jsonLimit = Number(process.env.MAX_JSON_KB || 2048) * 1024
  const multipartLimit = maxUploadBytes() + MB
  return (req, res, next) => {
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
    const limit = multipart ? multipartLimit : jsonLimit
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      tooLarge(req, res, limit, Number(req.headers['content-length']))
      return
    }
    countBody(req, limit, (seen) => tooLarge(req, res, limit, seen))
    next()
  }
}

function tooLarge(
  req: IncomingMessage & { path?: string },
  res: Response,
  limit: number,
  seen: number,
) {
  console.warn(`Refused ${req.method} ${req.url}: body of ${seen}+ bytes exceeds ${limit}`)
  if (res.headersSent) return
  const mb = Math.max(1, Math.floor(limit / MB))
  const size = limit < MB ? `${Math.floor(limit / 1024)} KB` : `${mb} MB`
  res.status(413).json({ errors: [{ message: `Dữ liệu gửi lên quá lớn (tối đa ${size}).` }] })
}

/**
 * Wraps the request's `push`, which Node's HTTP parser calls with each body chunk, so bytes are
 * counted before they are buffered. Over the limit, chunks are discarded instead of buffered;
 * when the client finishes (or after DRAIN_MS) the request is destroyed, so whoever was reading
 * it sees an aborted request rather than a truncated body it might accept.
 */
function countBody(req: IncomingMessage, limit: number, onOver: (seen: number) => void): void {
  let seen = req.readableLength
  let over = false
  const push = req.push.bind(req)
  const abort = () => {
    if (!req.destroyed) req.destroy(new Error('Request body too large'))
  }
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk === null) {
      if (over) {
        abort()
        return false
      }
      return push(null)
    }
    if (over) return true
    seen += (chunk as Buffer).length
    if (seen <= limit) return push(chunk, encoding)
    over = true
    onOver(seen)
    setTimeout(abort, DRAIN_MS).unref()
    return true
  }
}

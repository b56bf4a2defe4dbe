import type { RequestHandler } from 'express'

import { MAX_UPLOAD_BYTES } from '@/collections/Media/limits'

const MAX_JSON_BYTES = Number(process.env.MAX_JSON_KB ?? 2048) * 1024

/**
 * Refuses oversized request bodies from their Content-Length before anything reads them: Payload
 * buffers JSON bodies whole, so a huge one would cost memory for nothing. Uploads get their own,
 * larger limit (Payload also enforces it while streaming, for bodies without a length).
 */
export function bodyLimits(): RequestHandler {
  return (req, res, next) => {
    const length = Number(req.headers['content-length'] ?? 0)
    if (!length) return next()
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
    const limit = multipart ? MAX_UPLOAD_BYTES + 1024 * 1024 : MAX_JSON_BYTES
    if (length <= limit) return next()
    console.warn(`Refused ${req.method} ${req.path}: body of ${length} bytes exceeds ${limit}`)
    res.status(413).json({
      errors: [
        { message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.floor(limit / 1024 / 1024)} MB).` },
      ],
    })
  }
}

/**
 * The pure parts of keeping a lost photo in the bulk-upload drawer
 * (src/components/admin/uploads/failed-upload.ts): which requests are uploads, which answers
 * Payload can read, and the JSON error answer in Payload's shape with the Vietnamese message.
 */
import { describe, expect, it } from 'vitest'

import {
  isJsonAnswer,
  lostUploadAnswer,
  uploadedFileName,
} from '@/components/admin/uploads/failed-upload'

const withFile = (name: string) => {
  const form = new FormData()
  form.append('file', new File([new Uint8Array([1, 2, 3])], name, { type: 'image/jpeg' }))
  form.append('_payload', '{}')
  return form
}

describe('uploadedFileName', () => {
  it('names the file of an upload (POST or PATCH with a file)', () => {
    expect(uploadedFileName({ method: 'POST', body: withFile('IMG_1.jpg') })).toBe('IMG_1.jpg')
    expect(uploadedFileName({ method: 'patch', body: withFile('IMG_2.jpg') })).toBe('IMG_2.jpg')
  })

  it('ignores everything else', () => {
    expect(uploadedFileName(undefined)).toBeNull()
    expect(uploadedFileName({ method: 'GET' })).toBeNull()
    expect(uploadedFileName({ method: 'DELETE', body: withFile('x.jpg') })).toBeNull()
    expect(uploadedFileName({ method: 'POST', body: '{"title":"x"}' })).toBeNull()
    const noFile = new FormData()
    noFile.append('_payload', '{}')
    expect(uploadedFileName({ method: 'POST', body: noFile })).toBeNull()
  })
})

describe('lostUploadAnswer', () => {
  it('is a JSON error Payload reads, naming the file in Vietnamese', async () => {
    const answer = lostUploadAnswer('IMG_MAT_SONG.jpg')
    expect(answer.status).toBe(503)
    expect(isJsonAnswer(answer.headers.get('content-type'))).toBe(true)
    expect(await answer.json()).toEqual({
      errors: [
        {
          message:
            'IMG_MAT_SONG.jpg — Không gửi được ảnh (mất kết nối hoặc máy chủ tạm thời không trả lời). Ảnh chưa được lưu: bấm "Lưu" để gửi lại.',
        },
      ],
    })
  })

  it("keeps a proxy's error status, never a success", () => {
    expect(lostUploadAnswer('a.jpg', 502).status).toBe(502)
    expect(lostUploadAnswer('a.jpg', 200).status).toBe(503)
  })
})

describe('isJsonAnswer', () => {
  it("tells Payload's answers from a proxy's HTML page", () => {
    expect(isJsonAnswer('application/json; charset=utf-8')).toBe(true)
    expect(isJsonAnswer('text/html')).toBe(false)
    expect(isJsonAnswer(null)).toBe(false)
  })
})

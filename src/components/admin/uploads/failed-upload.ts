/**
 * Why this file exists: Payload's bulk upload (FormsManager in @payloadcms/ui 3.90) catches and
 * ignores any error thrown while it sends one photo or reads the answer as JSON. A phone that
 * loses the Wi-Fi mid-upload (the request fails), or a proxy answering with an HTML error page
 * (nginx's 502 while the server restarts), therefore left that photo counted as saved: removed
 * from the drawer, under a "saved" summary, and never stored. ./KeepFailedUploads.tsx turns such
 * a failure into the JSON error answer Payload already handles (the photo stays in the drawer
 * with its message, and "Lưu" sends it again); this file holds the pure parts, unit-tested.
 */

/** The name of the file an upload request sends (a FormData with a `file`), or null. */
export function uploadedFileName(init: RequestInit | undefined): string | null {
  const method = (init?.method ?? 'GET').toUpperCase()
  if (method !== 'POST' && method !== 'PATCH') return null
  const body = init?.body
  if (typeof FormData === 'undefined' || !(body instanceof FormData)) return null
  const file = body.get('file')
  if (file && typeof file === 'object' && 'name' in file) return String(file.name || 'Tệp')
  return null
}

/** Whether an answer carries JSON (Payload's answers do; a proxy's error page does not). */
export const isJsonAnswer = (contentType: string | null): boolean =>
  /\bjson\b/i.test(contentType ?? '')

/** The Vietnamese message for a photo that did not reach the server or got no usable answer. */
export const lostUploadMessage = (fileName: string): string =>
  `${fileName} — Không gửi được ảnh (mất kết nối hoặc máy chủ tạm thời không trả lời). Ảnh chưa được lưu: bấm "Lưu" để gửi lại.`

/**
 * A JSON error answer in Payload's shape for a lost upload: `status` is the proxy's when there
 * was one, else 503 (nothing answered).
 */
export function lostUploadAnswer(fileName: string, status = 503): Response {
  const code = status >= 400 && status <= 599 ? status : 503
  return new Response(JSON.stringify({ errors: [{ message: lostUploadMessage(fileName) }] }), {
    status: code,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

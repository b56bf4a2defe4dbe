'use client'
/**
 * Keeps a photo that failed on the way in the bulk-upload drawer instead of letting Payload count
 * it as saved (why: ./failed-upload.ts). Registered as an admin provider (payload.config.ts), it
 * wraps the admin page's `fetch` once: an upload request (a POST or PATCH to the API carrying a
 * `file`) that fails, or is answered with an error page that is not JSON, gets a JSON error
 * answer naming the file in Vietnamese, which Payload shows and keeps the photo for. Every other
 * request, and every upload answered by the server, passes through untouched.
 */
import { useConfig } from '@payloadcms/ui'
import { type ReactNode } from 'react'

import { isJsonAnswer, lostUploadAnswer, uploadedFileName } from './failed-upload'

let installed = false

function install(apiRoute: string): void {
  if (installed || typeof window === 'undefined') return
  installed = true
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const fileName = uploadedFileName(init)
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = new URL(url, window.location.href).pathname
    if (!fileName || !path.startsWith(`${apiRoute}/`)) return original(input, init)
    let answer: Response
    try {
      answer = await original(input, init)
    } catch (error) {
      // An abort asked for by the page is not a lost photo.
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      return lostUploadAnswer(fileName)
    }
    if (answer.ok || isJsonAnswer(answer.headers.get('content-type'))) return answer
    return lostUploadAnswer(fileName, answer.status)
  }
}

export function KeepFailedUploads({ children }: { children?: ReactNode }) {
  const { config } = useConfig()
  install(config.routes.api)
  return <>{children}</>
}

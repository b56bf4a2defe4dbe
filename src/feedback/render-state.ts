/**
 * Sends the page a refused submission belongs to, rendered by this server with the reader's
 * values and messages in place (form-state.ts), under the refusal's status. If that render
 * fails, a minimal Vietnamese page with the messages and a link back goes out instead.
 */
import type { Request, Response } from 'express'

import { encodeFormState, FORM_STATE_HEADER, type FormState } from './form-state'

const RENDER_TIMEOUT_MS = 10_000

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

function fallbackPage(path: string, state: FormState): string {
  const items = Object.values(state.errors)
    .map((message) => `<li>${escapeHtml(String(message))}</li>`)
    .join('')
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Chưa gửi được</title></head><body><main><h1>Chưa gửi được</h1><ul>${items}</ul><p><a href="${escapeHtml(path)}">Quay lại trang trước</a></p></main></body></html>`
}

export async function sendWithState(
  req: Request,
  res: Response,
  path: string,
  state: FormState,
  status: number,
): Promise<void> {
  let html: string | undefined
  try {
    const rendered = await fetch(`http://127.0.0.1:${req.socket.localPort}${path}`, {
      headers: {
        [FORM_STATE_HEADER]: encodeFormState(state),
        // A bot by name, so the readership counter leaves this internal render out.
        'user-agent': 'PortalFeedbackRender/1.0 (internal bot)',
      },
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    })
    if (rendered.ok) html = await rendered.text()
  } catch {
    // The minimal page below still tells the reader what was wrong.
  }
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(html ?? fallbackPage(path, state))
}

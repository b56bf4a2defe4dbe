/**
 * Sends the page a refused submission belongs to, rendered by this server with the reader's
 * values and messages in place (form-state.ts), under the refusal's status, with a fresh form
 * token issued to this reader's network (the internal render's own address is the server's).
 * If that render fails, or the state was dropped for newer ones before the render was done, a
 * minimal Vietnamese page goes out instead that still holds the form
 * with everything the reader typed, so no text is ever lost.
 */
import type { Request, Response } from 'express'

import { fillTokenSlots } from '@/server/form-token-slots'
import { selfOrigin } from '@/server/listen'

import { FIELD, LIMITS } from './fields'
import { FEEDBACK_FORM_ACTIONS } from './form-actions'
import { FORM_STATE_HEADER, type FormState, holdFormState, releaseFormState } from './form-state'
import { tokenIssuerFor } from './token-binding'
import { FORM_TOKEN_SLOT } from './token-slot'

const RENDER_TIMEOUT_MS = 10_000

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`

const input = (name: string, label: string, value: string, max: number) =>
  `<p><label>${label}<br><input type="text" name="${name}" maxlength="${max}" value="${escapeHtml(value)}"></label></p>`

function fallbackPage(path: string, state: FormState, articleId?: string): string {
  const { kind, values } = state
  const items = Object.values(state.errors)
    .map((message) => `<li>${escapeHtml(String(message))}</li>`)
    .join('')
  const form = [
    `<form method="post" action="${FEEDBACK_FORM_ACTIONS[kind]}">`,
    articleId ? hidden(FIELD.article, articleId) : '',
    `<input type="hidden" name="${FIELD.token}" value="${FORM_TOKEN_SLOT}">`,
    hidden(FIELD.honeypot, ''),
    input(FIELD.name, 'Họ và tên', values.name, LIMITS.name),
    input(FIELD.contact, 'Thư điện tử hoặc số điện thoại', values.contact, LIMITS.contact),
    kind === 'question' ? input(FIELD.topic, 'Lĩnh vực', values.topic, LIMITS.topic) : '',
    `<p><label>Nội dung<br><textarea name="${FIELD.text}" rows="8" cols="60">${escapeHtml(values.text)}</textarea></label></p>`,
    '<p><button type="submit">Gửi lại</button></p></form>',
  ].join('')
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Chưa gửi được</title></head><body><main><h1>Chưa gửi được</h1><ul>${items}</ul>${form}<p><a href="${escapeHtml(path)}">Quay lại trang trước</a></p></main></body></html>`
}

export async function sendWithState(
  req: Request,
  res: Response,
  path: string,
  state: FormState,
  status: number,
  articleId?: string,
): Promise<void> {
  let html: string | undefined
  const id = holdFormState(state)
  try {
    const rendered = await fetch(`${selfOrigin(req.socket)}${path}`, {
      headers: {
        [FORM_STATE_HEADER]: id,
        // A bot by name, so the readership counter leaves this internal render out.
        'user-agent': 'PortalFeedbackRender/1.0 (internal bot)',
      },
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    })
    if (rendered.ok) html = await rendered.text()
  } catch {
    // The minimal page below still gives the reader the form and the text back.
  } finally {
    // Dropped while the page rendered (more than MAX_HELD refusals at once): the render may
    // not have found it and shown an empty form, so the reader gets the page below instead.
    if (!releaseFormState(id)) html = undefined
  }
  // The render left its token slots empty (page-cache.ts): they are this reader's to fill.
  const page = Buffer.from(html ?? fallbackPage(path, state, articleId), 'utf8')
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(fillTokenSlots(page, tokenIssuerFor(req)))
}

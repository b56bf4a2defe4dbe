/**
 * The readers' forms (comments under articles, questions to /hoi-dap) post here as plain HTML
 * forms: no JavaScript, no third party. In order: per-IP rate limit (server/app.ts), body of at
 * most 128 kB, the honeypot (a filled one is answered like a success and dropped), the signed
 * time-stamped token bound to the client's network (forged, other network, too fast, expired),
 * single use of the token (in the database), then lengths, links and banned words. Accepted submissions are stored as `pending` and the
 * reader is sent back (303) to the page with "Ý kiến của bạn đã được gửi và đang chờ duyệt";
 * refused ones get the page again with their values and a Vietnamese message, but only when the
 * post came from the portal's own page (same-origin-post.ts): a refusal answered to another
 * site's form says why without a word of what was posted (content spoofing).
 */
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
  Router,
} from 'express'
import type { Payload } from 'payload'

import {
  type FeedbackErrors,
  type FeedbackKind,
  FIELD,
  LIMITS,
  readValues,
  TOKEN_MESSAGES,
  validateValues,
} from './fields'
import { FEEDBACK_FORM_ACTIONS } from './form-actions'
import { checkFormToken, tokenTiming } from './form-token'
import { ipHash } from './ip-hash'
import { sendWithState } from './render-state'
import { sameOriginPost } from './same-origin-post'
import { readFeedbackSettings } from './settings'
import { feedbackTarget } from './targets'
import { clientAddress, clientNetwork, SHARED_CACHE_NETWORK, viaSharedCache } from './token-binding'
import { consumeToken } from './used-tokens'

const FEEDBACK_ROUTES = FEEDBACK_FORM_ACTIONS

const FEEDBACK_ROUTES_LIST = Object.values(FEEDBACK_ROUTES)

/**
 * Room for the longest question (4,000 characters) in the worst case (letters of three UTF-8
 * bytes, nine once form-encoded: 36 kB) and for a text well over the maximum, which is refused
 * with a message and given back rather than cut off by the parser.
 */
const BODY_LIMIT = '128kb'

const tooLargePage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Nội dung quá dài</title></head><body><main><h1>Nội dung quá dài</h1><p>Nội dung gửi lên dài gấp nhiều lần giới hạn cho phép (ý kiến tối đa ${LIMITS.text.comment.max.toLocaleString('vi-VN')} ký tự, câu hỏi tối đa ${LIMITS.text.question.max.toLocaleString('vi-VN')} ký tự). Vui lòng rút gọn rồi gửi lại.</p><p>Dùng nút "Quay lại" của trình duyệt để về biểu mẫu. <a href="/">Về trang chủ</a></p></main></body></html>`

const notFoundPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Không tìm thấy bài viết</title></head><body><main><h1>Không tìm thấy bài viết</h1><p>Bài viết bạn muốn gửi ý kiến không tồn tại hoặc đã được gỡ.</p><p><a href="/">Về trang chủ</a></p></main></body></html>`

const CLOSED: Record<FeedbackKind, string> = {
  comment: 'Chức năng gửi ý kiến cho bài viết này đã đóng nên ý kiến của bạn chưa được gửi.',
  question: 'Cổng thông tin tạm ngừng nhận câu hỏi nên câu hỏi của bạn chưa được gửi.',
}
const KEPT = 'Nội dung bạn đã viết được giữ lại bên dưới.'
/** Said instead of giving the text back to a post that did not come from the portal's page. */
const NOT_SHOWN =
  'Vì lý do an toàn, nội dung đã gửi chỉ được hiển thị lại khi biểu mẫu được gửi từ chính trang của Cổng thông tin.'
const NO_VALUES = { name: '', contact: '', text: '', topic: '' }

const sent = (res: Response, path: string, anchor: string) =>
  res.redirect(303, `${path}?da-gui=1#${anchor}`)

function handler(payload: Payload, kind: FeedbackKind): RequestHandler {
  return async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>
    const target = await feedbackTarget(payload, kind, body[FIELD.article])
    if (!target) {
      res.status(404).set('Cache-Control', 'no-store').type('html').send(notFoundPage)
      return
    }
    const values = readValues(body)
    const echo = sameOriginPost(req)
    /**
     * The page again with the messages; the reader's values only when the post came from the
     * portal's own page. Otherwise the field messages stay (they quote nothing posted) and the
     * form message is `bare` (or none) followed by why nothing posted is shown.
     */
    const refuse = (status: number, errors: FeedbackErrors, bare?: string) => {
      if (!echo)
        payload.logger.info(`Feedback refused (${status}) without echo: not a same-origin post`)
      const shown = echo ? errors : { ...errors, form: [bare, NOT_SHOWN].filter(Boolean).join(' ') }
      return sendWithState(
        req,
        res,
        target.path,
        { kind, values: echo ? values : NO_VALUES, errors: shown },
        status,
        target.articleId,
      )
    }

    const settings = await readFeedbackSettings(payload)
    const closed =
      kind === 'comment' ? settings.commentsClosed || target.closed : settings.questionsClosed
    // Closed while the reader was writing: refused like any other reason, the text given back
    // (to a post from the portal's own page: see refuse).
    if (closed) return refuse(403, { form: `${CLOSED[kind]} ${KEPT}` }, CLOSED[kind])

    // Bots fill every field; people never see this one. Answered like a success, stored nowhere.
    const honeypot = body[FIELD.honeypot]
    if (typeof honeypot !== 'string' || honeypot !== '') {
      payload.logger.info(`Feedback dropped (honeypot) on ${target.path}`)
      return sent(res, target.path, target.anchor)
    }

    // Bound to the client's network (token-binding.ts): a harvested token fails elsewhere.
    const network = clientNetwork(clientAddress(req))
    const check = (on: string) =>
      checkFormToken(body[FIELD.token], tokenTiming(), Date.now(), undefined, on)
    let token = check(network)
    // A page from nginx's shared micro-cache carried a token every reader of that second got:
    // accepted only through that proxy, and used once per client address instead of once.
    let use = token.ok ? token.nonce : ''
    if (!token.ok && token.reason === 'other-network' && viaSharedCache(req)) {
      token = check(SHARED_CACHE_NETWORK)
      if (token.ok) use = `${token.nonce}.${ipHash(clientAddress(req))}`
    }
    // Without the text, a message that says it is still there would be wrong: the plain one.
    if (!token.ok) return refuse(400, { form: TOKEN_MESSAGES[token.reason] }, TOKEN_MESSAGES.forged)
    if (!(await consumeToken(payload, use, token.expiresAt)))
      return refuse(409, { form: TOKEN_MESSAGES.replayed }, TOKEN_MESSAGES.replayed)

    const errors = validateValues(kind, values, settings)
    if (Object.keys(errors).length > 0) return refuse(400, errors)

    const common = {
      name: values.name,
      contact: values.contact,
      status: 'pending' as const,
      ipHash: ipHash(clientAddress(req)),
    }
    if (kind === 'comment')
      await payload.create({
        collection: 'comments',
        data: { ...common, article: target.articleId!, text: values.text },
        overrideAccess: true,
      })
    else
      await payload.create({
        collection: 'questions',
        data: { ...common, question: values.text, topic: values.topic || undefined },
        overrideAccess: true,
      })
    return sent(res, target.path, target.anchor)
  }
}

/** Both form routes, each behind `limit` (per IP) and a small urlencoded body parser. */
export function feedbackRoutes(payload: Payload, limit: RequestHandler): Router {
  const router = Router()
  // Only these two routes parse bodies; Payload reads its own raw bodies (DESIGN.md pitfalls).
  const parse = express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 20 })
  for (const kind of ['comment', 'question'] as const) {
    router.post(FEEDBACK_ROUTES[kind], limit, parse, handler(payload, kind))
  }
  // A body over BODY_LIMIT or with too many fields never reaches the handler.
  router.use(FEEDBACK_ROUTES_LIST, ((error, _req, res, next) => {
    const status = (error as { status?: number }).status
    if (status !== 413 && status !== 400) return next(error)
    res.status(status).set('Cache-Control', 'no-store').type('html').send(tooLargePage)
  }) as ErrorRequestHandler)
  return router
}

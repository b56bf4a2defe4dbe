import { type FeedbackKind, FIELD, LIMITS } from '@/feedback/fields'
import { FEEDBACK_FORM_ACTIONS } from '@/feedback/form-actions'
import type { FormState } from '@/feedback/form-state'
import { FORM_TOKEN_SLOT } from '@/feedback/token-slot'

interface Props {
  kind: FeedbackKind
  /** The article the comment is about (comments only). */
  articleId?: string
  /** A refused submission's values and messages, when this render shows it again. */
  state: FormState | null
  /** The reader was just sent back after a successful submission. */
  sent: boolean
  /**
   * Set when submissions are closed: the message replaces the form. A post refused because they
   * closed while the reader was writing still gets its text back (KeptText).
   */
  closed?: string
}

const TEXTS = {
  comment: {
    id: 'yk',
    title: 'Gửi ý kiến của bạn',
    text: 'Nội dung ý kiến',
    sent: 'Ý kiến của bạn đã được gửi và đang chờ duyệt.',
    submit: 'Gửi ý kiến',
  },
  question: {
    id: 'hd',
    title: 'Đặt câu hỏi',
    text: 'Nội dung câu hỏi',
    sent: 'Câu hỏi của bạn đã được gửi và đang chờ duyệt. Câu hỏi được chọn sẽ được trả lời công khai trên trang này.',
    submit: 'Gửi câu hỏi',
  },
} as const

/**
 * The readers' form (comment or question): a plain POST form that works without JavaScript.
 * Its token is a placeholder the page cache fills per response (feedback/token-slot.ts); a
 * refused submission comes back here with its values and messages (feedback/form-state.ts).
 * Everything shown is React text (escaped), never raw HTML.
 */
export function FeedbackForm({ kind, articleId, state, sent, closed }: Props) {
  const t = TEXTS[kind]
  const values = state?.kind === kind ? state.values : undefined
  const errors = state?.kind === kind ? state.errors : {}
  const id = (name: string) => `${t.id}-${name}`
  const fieldError = (name: 'name' | 'contact' | 'text' | 'topic') =>
    errors[name] ? (
      <p className="field-error" id={id(`${name}-loi`)}>
        {errors[name]}
      </p>
    ) : null
  const describedBy = (name: 'name' | 'contact' | 'text' | 'topic', hint?: string) =>
    [hint, errors[name] ? id(`${name}-loi`) : undefined].filter(Boolean).join(' ') || undefined
  const messages = Object.entries(errors)
  const limit = LIMITS.text[kind]

  return (
    <div className="feedback-form">
      <h3 id={id('tieu-de')}>{t.title}</h3>
      {sent && !state ? (
        <p className="notice notice--ok" role="status">
          {t.sent}
        </p>
      ) : null}
      {messages.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p>Chưa gửi được. Vui lòng xem lại:</p>
          <ul>
            {messages.map(([field, message]) => (
              <li key={field}>
                {field === 'form' ? message : <a href={`#${id(field)}`}>{message}</a>}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {closed ? (
        <>
          <p className="notice">{closed}</p>
          {values?.text ? <KeptText id={id('da-viet')} text={values.text} /> : null}
        </>
      ) : (
        // The fragment: a refused post is answered with the whole page again, and the browser
        // opens it at this form's heading, right above the message, instead of at the top of
        // the article (thousands of pixels above it on a phone, with no sign of the refusal).
        <form
          method="post"
          action={`${FEEDBACK_FORM_ACTIONS[kind]}#${id('tieu-de')}`}
          aria-labelledby={id('tieu-de')}
        >
          <p className="form-hint" id={id('rieng-tu')}>
            Ý kiến chỉ hiển thị sau khi được biên tập viên duyệt. Thư điện tử hoặc số điện thoại của
            bạn không bao giờ được công khai.
          </p>
          {articleId ? <input type="hidden" name={FIELD.article} value={articleId} /> : null}
          <input type="hidden" name={FIELD.token} value={FORM_TOKEN_SLOT} />
          <div className="field">
            <label htmlFor={id('name')}>Họ và tên</label>
            <input
              id={id('name')}
              name={FIELD.name}
              type="text"
              required
              maxLength={LIMITS.name}
              autoComplete="name"
              defaultValue={values?.name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={describedBy('name')}
            />
            {fieldError('name')}
          </div>
          <div className="field">
            <label htmlFor={id('contact')}>Thư điện tử hoặc số điện thoại (không công khai)</label>
            <input
              id={id('contact')}
              name={FIELD.contact}
              type="text"
              required
              maxLength={LIMITS.contact}
              autoComplete="email"
              defaultValue={values?.contact}
              aria-invalid={errors.contact ? true : undefined}
              aria-describedby={describedBy('contact', id('rieng-tu'))}
            />
            {fieldError('contact')}
          </div>
          {kind === 'question' ? (
            <div className="field">
              <label htmlFor={id('topic')}>Lĩnh vực (không bắt buộc)</label>
              <input
                id={id('topic')}
                name={FIELD.topic}
                type="text"
                maxLength={LIMITS.topic}
                defaultValue={values?.topic}
                aria-invalid={errors.topic ? true : undefined}
                aria-describedby={describedBy('topic')}
              />
              {fieldError('topic')}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={id('text')}>{t.text}</label>
            <textarea
              id={id('text')}
              name={FIELD.text}
              required
              rows={6}
              maxLength={limit.max}
              defaultValue={values?.text}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={describedBy('text', id('gioi-han'))}
            />
            <p className="form-hint" id={id('gioi-han')}>
              Tối đa {limit.max.toLocaleString('vi-VN')} ký tự.
            </p>
            {fieldError('text')}
          </div>
          {/* The honeypot: out of sight and out of the tab order; only bots fill it. */}
          <div className="hp" aria-hidden="true">
            <label htmlFor={id('website')}>Để trống ô này</label>
            <input
              id={id('website')}
              name={FIELD.honeypot}
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <button type="submit" className="button">
            {t.submit}
          </button>
        </form>
      )}
    </div>
  )
}

/**
 * The text of a post refused because submissions closed while the reader wrote it: there is no
 * form to put it back in, so it is shown read-only for the reader to copy and keep.
 */
function KeptText({ id, text }: { id: string; text: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Nội dung bạn đã viết (chưa được gửi)</label>
      <textarea id={id} readOnly rows={6} defaultValue={text} aria-describedby={`${id}-goi-y`} />
      <p className="form-hint" id={`${id}-goi-y`}>
        Bạn có thể sao chép nội dung này để lưu lại.
      </p>
    </div>
  )
}

import type { TaskConfig } from 'payload'

import { addressAtSend } from '@/notifications/address-at-send'

export const SEND_EMAIL_TASK = 'sendNotificationEmail'

/**
 * Sends one notice e-mail through Payload's e-mail adapter (src/email/adapter.ts). Queued by
 * notifications/notify-stage.ts inside the article's save, so a message goes out only for a
 * move that was committed, and the save never waits for, nor fails with, the mail server. A
 * failure is logged in English and retried by the queue. Whether the person should still get it,
 * and at which address, is decided when it is sent (notifications/address-at-send.ts): someone
 * who lost the role or category of the notice in the meantime, or whose account is gone, is
 * skipped (logged, not retried).
 */
export const sendNotificationEmailTask: TaskConfig<{
  input: {
    to: string
    subject: string
    text: string
    html: string
    recipient?: string | null
    kind?: string | null
    article?: string | null
  }
  output: { sent: boolean }
}> = {
  slug: SEND_EMAIL_TASK,
  label: 'Gửi e-mail thông báo',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
    // The account, the kind of notice and the article, to check the recipient at send time.
    { name: 'recipient', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'article', type: 'text' },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const decision = await addressAtSend(req, input)
    if (!decision.send) {
      req.payload.logger.info(`Notification e-mail "${input.subject}" not sent: ${decision.why}`)
      return { output: { sent: false } }
    }
    try {
      await req.payload.sendEmail({
        to: decision.to,
        subject: input.subject,
        text: input.text,
        html: input.html,
      })
    } catch (error) {
      req.payload.logger.error(
        `Notification e-mail to ${decision.to} ("${input.subject}") failed: ${error instanceof Error ? error.message : String(error)}`,
      )
      throw error
    }
    return { output: { sent: true } }
  },
}

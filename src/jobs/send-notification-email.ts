import type { TaskConfig } from 'payload'

export const SEND_EMAIL_TASK = 'sendNotificationEmail'

/**
 * Sends one notice e-mail through Payload's e-mail adapter (src/email/adapter.ts). Queued by
 * notifications/notify-stage.ts inside the article's save, so a message goes out only for a
 * move that was committed, and the save never waits for, nor fails with, the mail server. A
 * failure is logged in English and retried by the queue.
 */
export const sendNotificationEmailTask: TaskConfig<{
  input: { to: string; subject: string; text: string; html: string }
  output: { sent: boolean }
}> = {
  slug: SEND_EMAIL_TASK,
  label: 'Gửi e-mail thông báo',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    try {
      await req.payload.sendEmail({
        to: input.to,
        subject: input.subject,
        text: input.text,
        html: input.html,
      })
    } catch (error) {
      req.payload.logger.error(
        `Notification e-mail to ${input.to} ("${input.subject}") failed: ${error instanceof Error ? error.message : String(error)}`,
      )
      throw error
    }
    return { output: { sent: true } }
  },
}

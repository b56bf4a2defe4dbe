/**
 * Payload's e-mail adapter, configured by environment (README, E-mail): SMTP through nodemailer
 * when SMTP_HOST is set, otherwise a console adapter that logs each message (recipient,
 * subject, body) so a newsroom without a mail server still sees what would have gone out.
 *
 * This is what `@payloadcms/email-nodemailer` does (its `nodemailerAdapter` is a thin wrapper
 * over `createTransport`/`sendMail`), written here because the registry has that package only
 * up to 3.90.1 while Payload is 3.90.2, and Payload's dependency check refuses mismatched
 * `@payloadcms/*` versions. Swap it in once a matching version exists. Its fallback (an
 * ethereal.email test account) would need the internet and hand messages to a third party.
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export interface EmailEnv {
  SMTP_HOST?: string
  SMTP_PORT?: string
  SMTP_USER?: string
  SMTP_PASS?: string
  SMTP_SECURE?: string
  EMAIL_FROM?: string
  EMAIL_FROM_NAME?: string
}

const DEFAULT_FROM = 'no-reply@localhost'
const DEFAULT_FROM_NAME = 'Cổng thông tin điện tử'

/** "Tên <a@b.vn>" or "a@b.vn" into address and name. */
export function parseFrom(raw: string | undefined, fallbackName?: string) {
  const text = raw?.trim() || DEFAULT_FROM
  const match = /^(.*)<([^>]+)>\s*$/.exec(text)
  if (match)
    return {
      address: match[2]!.trim(),
      name: match[1]!.trim() || fallbackName || DEFAULT_FROM_NAME,
    }
  return { address: text, name: fallbackName || DEFAULT_FROM_NAME }
}

const asText = (value: SendEmailOptions['to']): string =>
  Array.isArray(value)
    ? value.map((v) => asText(v as SendEmailOptions['to'])).join(', ')
    : typeof value === 'object' && value && 'address' in value
      ? String(value.address)
      : String(value ?? '')

/** Logs the message instead of sending it (no SMTP_HOST). */
export const consoleEmail =
  (from: { address: string; name: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'console',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      payload.logger.info(
        `E-mail not sent (SMTP_HOST is not set). To: ${asText(message.to)}; Subject: ${String(message.subject ?? '')}\n${String(message.text ?? '')}`,
      )
    },
  })

/** The transport options emailAdapter gives nodemailer (exported for the unit test). */
export function transportOptions(env: EmailEnv) {
  const secure = env.SMTP_SECURE === 'true'
  return {
    host: env.SMTP_HOST?.trim(),
    port: Number(env.SMTP_PORT || (secure ? 465 : 587)),
    secure,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    // With a password to send, STARTTLS is required: an attacker on the path who strips the
    // server's STARTTLS offer would otherwise receive SMTP_PASS in clear.
    requireTLS: Boolean(env.SMTP_USER) && !secure,
    // An SMTP server that does not answer must not hold a job for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }
}

export function emailAdapter(
  env: EmailEnv & Record<string, string | undefined> = process.env,
): EmailAdapter {
  const from = parseFrom(env.EMAIL_FROM, env.EMAIL_FROM_NAME)
  const host = env.SMTP_HOST?.trim()
  if (!host) return consoleEmail(from)
  const transport = nodemailer.createTransport(transportOptions(env))
  return () => ({
    name: 'nodemailer',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const sender =
        typeof message.from === 'object' && message.from && 'address' in message.from
          ? message.from
          : typeof message.from === 'string'
            ? message.from
            : { name: from.name, address: from.address }
      return transport.sendMail({ ...message, from: sender } as nodemailer.SendMailOptions)
    },
  })
}

/** E-mail settings from the environment: the sender parsed, the console fallback without SMTP. */
import { describe, expect, it } from 'vitest'

import { emailAdapter, parseFrom } from '@/email/adapter'

describe('parseFrom', () => {
  it('splits "Name <address>" and falls back to a default', () => {
    expect(parseFrom('Tòa soạn <ts@test.vn>')).toEqual({ address: 'ts@test.vn', name: 'Tòa soạn' })
    expect(parseFrom('ts@test.vn', 'Ban biên tập')).toEqual({
      address: 'ts@test.vn',
      name: 'Ban biên tập',
    })
    expect(parseFrom(undefined).address).toBe('no-reply@localhost')
  })
})

describe('emailAdapter', () => {
  it('logs instead of sending when SMTP_HOST is not set', async () => {
    const lines: string[] = []
    const logger = { info: (msg: string) => lines.push(msg) }
    const adapter = emailAdapter({ EMAIL_FROM: 'ts@test.vn' })({ payload: { logger } as never })
    expect(adapter.name).toBe('console')
    await adapter.sendEmail({ to: 'bt@test.vn', subject: 'Bài chờ biên tập: A', text: 'Nội dung' })
    expect(lines.join('\n')).toContain('To: bt@test.vn; Subject: Bài chờ biên tập: A')
  })

  it('uses SMTP when SMTP_HOST is set', () => {
    const adapter = emailAdapter({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525' })({
      payload: {} as never,
    })
    expect(adapter.name).toBe('nodemailer')
  })
})

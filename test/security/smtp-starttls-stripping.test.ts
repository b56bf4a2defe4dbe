/**
 * An attacker between the portal and its mail server strips the server's STARTTLS offer (a
 * downgrade): with SMTP_USER set, the adapter must refuse to go on in clear rather than send
 * SMTP_PASS over an unencrypted connection. The local SMTP server here plays the stripped
 * server: it offers no STARTTLS and would accept a plain-text login.
 */
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailAdapter } from '@/email/adapter'

let server: SMTPServer
let port = 0
const logins: string[] = []

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      logins.push(`${auth.username}:${auth.password}`)
      callback(null, { user: auth.username })
    },
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () => callback())
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('SMTP password over a connection stripped of STARTTLS', () => {
  it('is never sent: the message fails instead', async () => {
    const adapter = emailAdapter({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_USER: 'toasoan',
      SMTP_PASS: 'mat-khau-bi-mat',
    })({ payload: {} as never })
    await expect(
      adapter.sendEmail({ to: 'bt@test.vn', subject: 'Thử', text: 'Nội dung' }),
    ).rejects.toThrow()
    expect(logins).toEqual([])
  })
})

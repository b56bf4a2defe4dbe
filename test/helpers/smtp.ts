/**
 * A real SMTP server on a free local port for the notification tests: it accepts every message
 * (no TLS, no authentication required), parses it with mailparser and keeps it, or answers
 * every message with a temporary failure while `failing` is set.
 */
import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string[]
  subject: string
  text: string
  html: string
  from: string
}

export interface TestSmtp {
  port: number
  messages: ReceivedMail[]
  failing: boolean
  /** Messages received so far for one address. */
  to: (address: string) => ReceivedMail[]
  close: () => Promise<void>
}

const addresses = (value: ParsedMail['to']): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
    a.value.map((v) => String(v.address)),
  )

export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = {
    port: 0,
    messages: [],
    failing: false,
    to: (address) => state.messages.filter((m) => m.to.includes(address)),
    close: async () => {},
  }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        if (state.failing) {
          const error = Object.assign(new Error('Mailbox temporarily unavailable'), {
            responseCode: 451,
          })
          return callback(error)
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            state.messages.push({
              to: addresses(mail.to),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              from: mail.from?.text ?? '',
            })
            callback()
          })
          .catch((error: Error) => callback(error))
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.port = (server.server.address() as AddressInfo).port
  state.close = () => new Promise((resolve) => server.close(() => resolve()))
  return state
}

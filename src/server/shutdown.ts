import type { Payload } from 'payload'

import type { connectionDrain } from './connection-drain'

/** Everything the process gets to finish on SIGTERM; then it exits whatever is left. */
export const SHUTDOWN_DEADLINE_MS = 10_000
const MARGIN_MS = 1500

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Parts {
  drain: ReturnType<typeof connectionDrain>
  payload: Payload
  closeNext: () => Promise<void>
}

/**
 * Graceful stop: no new connections, in-flight requests and the running job finish, then Next
 * and the database close. Connections are drained by connection-drain.ts; past the deadline
 * (minus a margin for the database to close) whatever is still open is cut.
 */
export async function shutdownGracefully(
  { drain, payload, closeNext }: Parts,
  deadlineMs = SHUTDOWN_DEADLINE_MS,
): Promise<void> {
  const giveUpAt = Date.now() + deadlineMs - MARGIN_MS
  // Stop scheduling job runs now; one already running keeps going (waited for below).
  const crons = [...payload.crons]
  for (const cron of crons) cron.pause()

  let done = false
  void drain.drain().then(() => (done = true))
  while (!done && Date.now() < giveUpAt) await sleep(100)
  if (!done) {
    payload.logger.warn('Shutdown deadline reached: closing the remaining connections')
    drain.cutAll()
  }
  while (crons.some((cron) => cron.isBusy()) && Date.now() < giveUpAt) await sleep(100)
  if (crons.some((cron) => cron.isBusy()))
    payload.logger.warn('Shutdown deadline reached while a job was running; it will be re-run')

  await closeNext()
  const { closeSearchEngine } = await import('@/search/engine')
  await closeSearchEngine()
  await payload.destroy()
}

type ShutdownSignal = 'SIGINT' | 'SIGTERM'

interface SignalOptions {
  close: () => Promise<void>
  logger: { info: (message: string) => void; error: (obj: object, message: string) => void }
  /** the process, or a stand-in for tests */
  target?: { on: (signal: ShutdownSignal, listener: () => void) => unknown }
  exit?: (code: number) => void
}

/**
 * SIGTERM (systemd, docker stop, a deploy) and Ctrl-C: stop accepting, let in-flight requests
 * and the running job finish, exit within the deadline whatever happens. The listener stays for
 * the whole shutdown: a repeated signal (a supervisor or an operator repeating the stop, a
 * wrapper forwarding the one it also got) is only logged. Without a listener, Node's default
 * would kill the process at once, cutting the requests the first one was letting finish. The
 * deadline still bounds the wait.
 */
export function exitOnSignals({
  close,
  logger,
  target = process,
  exit = (code) => process.exit(code),
}: SignalOptions): void {
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    target.on(signal, () => {
      if (stopping) {
        logger.info(`${signal} received again: already shutting down (at most 10 s)`)
        return
      }
      stopping = true
      logger.info(`${signal} received, shutting down`)
      setTimeout(() => {
        logger.error({}, 'Shutdown did not finish in time; exiting')
        exit(1)
      }, SHUTDOWN_DEADLINE_MS).unref()
      close().then(
        () => exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'Shutdown failed')
          exit(1)
        },
      )
    })
  }
}

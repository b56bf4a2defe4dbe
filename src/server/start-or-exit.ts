/**
 * Runs the server's start and ends the process with exit code 1 when it fails (a port in use, an
 * address the machine lacks, a database that will not open), with the reason on one line (the
 * stack with DEBUG set, as the `cms` commands do). Awaiting the start is not enough: by then Next
 * has installed uncaughtException and unhandledRejection handlers that only log, and Payload's
 * timers keep the event loop alive, so a failed start left a process that served nothing and never
 * exited (a supervisor saw it running).
 */
export async function startOrExit(
  start: () => Promise<unknown>,
  exit: (code: number) => void = (code) => process.exit(code),
): Promise<void> {
  try {
    await start()
  } catch (error) {
    console.error(
      `Server failed to start: ${error instanceof Error ? error.message : String(error)}`,
    )
    if (process.env.DEBUG) console.error(error)
    exit(1)
  }
}

/**
 * The server side of the admin-responsiveness bench (./responsiveness.ts), in its own process
 * so the measuring client never shares an event loop or a libuv threadpool with it: the
 * production server (Express + Next + Payload) on a throwaway database with the demo portal,
 * and one reporter account made here. Prints one JSON line when ready; stops on SIGTERM.
 */
import { startProductionServer } from '../../test/helpers/production-server'
import { createUser, passwordFor } from '../../test/helpers/users'

const running = await startProductionServer(
  { RATE_LIMIT_API: '1000000', RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_PAGES: '1000000' },
  true,
)
const user = await createUser(running.payload, 'reporter', `-bench${Date.now().toString(36)}`)
process.stdout.write(
  `${JSON.stringify({ url: running.url, email: user.email, password: passwordFor('reporter') })}\n`,
)
process.on('SIGTERM', () => {
  void running.close().finally(() => process.exit(0))
})

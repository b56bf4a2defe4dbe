import { loadEnv } from './lib/loadEnv'

loadEnv()
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const { startServer } = await import('./server/app')

startServer().catch((error: unknown) => {
  console.error('Server failed to start:', error)
  process.exit(1)
})

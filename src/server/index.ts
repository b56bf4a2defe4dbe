import { loadEnv } from '@/lib/load-env'

loadEnv()
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const { startServer } = await import('./app')

startServer().catch((error: unknown) => {
  console.error('Server failed to start:', error)
  process.exit(1)
})

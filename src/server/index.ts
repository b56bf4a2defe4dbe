import { loadEnv } from '@/lib/load-env'

import { startOrExit } from './start-or-exit'

loadEnv()
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const { startServer } = await import('./app')

await startOrExit(() => startServer())

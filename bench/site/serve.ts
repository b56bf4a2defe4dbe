/**
 * Starts the production server on a throwaway database with demo content, for measurements:
 * `npx tsx bench/site/serve.ts [port]` (builds the Next bundle first when it is stale).
 */
import { startDemoServer } from '../../test/helpers/e2e/server'

const port = Number(process.argv[2] ?? 3100)
const running = await startDemoServer(port)
console.log(`Demo portal at ${running.url}`)

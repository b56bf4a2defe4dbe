/**
 * The `cms` command: `npm run cms -- <command> [options]`. Each command lives in its own file
 * under ./commands and is loaded on demand so `cms --help` stays instant.
 */
import { loadEnv } from '@/lib/load-env'

import { COMMANDS } from './commands/registry'

loadEnv()
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
// The CLI never runs the background job timers; commands drain what they enqueue themselves.
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL ??= 'warn'
// Logs go to stderr so stdout carries only the command's own output (e.g. --json).
process.env.LOG_DESTINATION ??= 'stderr'

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  return ['Usage: npm run cms -- <command> [options]', '', 'Commands:', ...lines, ''].join('\n')
}

const [name, ...rest] = process.argv.slice(2)
if (!name || name === '--help' || name === '-h' || !(name in COMMANDS)) {
  if (name && !(name in COMMANDS) && name !== '--help' && name !== '-h')
    console.error(`Unknown command: ${name}\n`)
  console.log(usage())
  process.exit(name && name !== '--help' && name !== '-h' ? 2 : 0)
}

const command = COMMANDS[name]!
try {
  const mod = await command.load()
  process.exitCode = await mod.run(rest)
} catch (error) {
  console.error(`cms ${name} failed: ${error instanceof Error ? error.message : String(error)}`)
  if (process.env.DEBUG) console.error(error)
  process.exitCode = 1
}
// Payload keeps timers and database handles open; a CLI run ends when its command does.
process.exit(process.exitCode ?? 0)

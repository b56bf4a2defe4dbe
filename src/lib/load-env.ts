import fs from 'node:fs'

/** Reads `.env` when present; variables already set in the environment win. */
export function loadEnv(file = '.env'): void {
  if (fs.existsSync(file)) process.loadEnvFile(file)
}
